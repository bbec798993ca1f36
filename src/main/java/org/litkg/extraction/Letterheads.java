package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A record, a report, a memorandum or an oration written on an institution's paper names the institution alone at its
 * head ("Leeds Teaching Hospitals NHS Trust", "Kestrel Vascular AB", "University of Bristol"), and its form lines name
 * the people who wrote, checked, presented or delivered it with their post but no workplace: "Answered by: Ruth Okonjo,
 * Senior Medicines Information Pharmacist", "From: Dr. X, Chief Scientific Officer", "Tutor: Dr. X", "Oration delivered
 * by the Public Orator, Dr. X", or sign a letter with a name over a post alone; a thesis report's candidate and
 * supervisor belong to it too (a release's media contact is placed only where the line says). They work for the
 * institution the paper is headed with. A form line that names a workplace of its own is read as "Name, Institution"
 * is; an addressee's "To:" or a patient's line is no one's staff, so only the labels of those who make the document or
 * belong to it place anyone. The letterhead is also what "our" stands for in a post or a unit where the text defines
 * no "we" ({@link Speakers}).
 */
final class Letterheads {

    /** The labels of a form line whose person made the document. */
    private static final Set<String> MAKERS = Set.of("answered by", "checked by", "approved by", "authorised by",
            "authorized by", "presented by", "prepared by", "written by", "reviewed by", "compiled by", "issued by",
            "from", "tutor", "lecturer", "instructor", "setter", "author", "authors", "report author", "report authors",
            "teacher", "supervisor", "candidate", "module leader", "module convenor", "module coordinator",
            "course leader", "course director", "requested by", "ordered by", "booked by", "reported by",
            "budget holder");
    /** How many tokens a form line's label may take before its colon: "Answered by:". */
    private static final int LABEL_WORDS = 3;
    /** The verbs of an occasion's line, before "by" and its speaker: "Oration delivered by". */
    private static final Set<String> DELIVERING = Set.of("delivered", "given", "spoken", "read");

    private Letterheads() {
    }

    /**
     * Reads sentence si, if it is a maker's form line or the closing signature of a letter on the paper ("Dr. X" over
     * "Consultant Rheumatologist") naming no workplace, as placing its people at the letterhead; a clinician's, a line
     * manager's or an investigator's field places them at the hospital, the job's place or the site its neighbouring
     * field names, and a clinician's, where none does, at the letterhead ({@link WorkplaceFields}).
     */
    static void staff(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention workplace = WorkplaceFields.placeOf(r, si);
        int labelEnd = WorkplaceFields.labelEnd(s);
        if (workplace == null) {
            workplace = r.speakers.letterhead();
            if (workplace == null || si <= workplace.sentence()) {
                return;
            }
            labelEnd = WorkplaceFields.isClinicianField(s) ? labelEnd : makerLabelEnd(s);
        }
        // a name over a post signs for the letterhead only on its paper: not an e-mail's sign-off under a form's lines
        boolean signed = isSignature(r, si) && r.speakers.headedPaper();
        boolean signature = labelEnd < 0 && (signed || isStaffLine(r, si));
        if (labelEnd < 0 && !signature) {
            return;
        }
        List<Mention> people = new ArrayList<>();
        for (Mention m : r.mentions(si)) {
            if (m.type() == EntityType.ORGANIZATION) {
                return; // a workplace of its own, read as "Name, Institution" is
            }
            if (m.type() == EntityType.PERSON && m.from() >= Math.max(0, labelEnd) && !m.anaphoric()) {
                people.add(m); // "Report authors: Dr. X, Senior Fellow, and Y, Research Analyst"
            }
        }
        Argument institution = r.argument(workplace, StudyPatterns.ORGS);
        for (Mention person : institution == null ? List.<Mention>of() : people) {
            Argument maker = r.argument(person, StudyPatterns.PEOPLE);
            if (maker != null) { // the label is the trigger; a signature's name is its own
                r.emit(RelationType.AFFILIATED_WITH, List.of(maker), List.of(institution), si, person.from(),
                        person.to(), signature ? person.from() : 0, signature ? person.to() : labelEnd,
                        "letterhead-form-line", 0.7, out);
            }
        }
    }

    /**
     * Whether sentence si is a signature of a name alone (perhaps titled) over a post alone after the document's prose:
     * "Dr. Rosalind X" over "Consultant Rheumatologist".
     */
    private static boolean isSignature(Reading r, int si) {
        Sentence s = r.sentence(si);
        List<Mention> ms = r.mentions(si);
        Mention first = ms.isEmpty() ? null : ms.get(0);
        if (first == null || first.type() != EntityType.PERSON || !s.lineBreakBefore(first.to()) || si == 0
                || isHeading(r, r.sentence(si - 1))) {
            return false;
        }
        return Signatures.titlesOnlyBefore(r, s, first); // words before the name: no signature's name line
    }

    /** How many words a member's post may take after the dash: "Postdoctoral Research Fellow". */
    private static final int POST_WORDS = 4;

    /**
     * Whether sentence si is a lab page's member line, a name opening it and a post after a dash closing it: "Tomasz
     * Reinholt-Abara, PhD - Postdoctoral Researcher", "Maja Lindqvist-Oduya - PhD Student".
     */
    private static boolean isStaffLine(Reading r, int si) {
        Sentence s = r.sentence(si);
        List<Mention> ms = r.mentions(si);
        if (ms.isEmpty() || ms.get(0).type() != EntityType.PERSON || s.text().contains("\n")
                || !Signatures.titlesOnlyBefore(r, s, ms.get(0))) {
            return false;
        }
        for (int k = ms.get(0).to(); k < s.size(); k++) {
            String w = s.token(k).text();
            boolean lowerPost = w.equals(",") && k + 1 < s.size() && s.size() - k - 1 <= POST_WORDS // ", group leader"
                    && (s.token(k + 1).text().equals(s.lower(k + 1)) || r.cues.is(Category.DEGREE, s.lower(k + 1)))
                    && r.cues.isRoleNoun(s.lower(s.size() - 1)); // "PhD student"
            if (lowerPost) {
                return true;
            }
            if (w.equals("-") || w.equals("–") || w.equals("—")) {
                return s.size() - k - 1 <= POST_WORDS && r.cues.isRoleNoun(s.lower(s.size() - 1));
            }
            if (!w.equals(",") && !r.cues.is(Category.DEGREE, s.lower(k))) {
                return false;
            }
        }
        return false;
    }

    /** The end of a maker's label opening the sentence ("Checked by:", "Oration delivered by"), else -1. */
    private static int makerLabelEnd(Sentence s) {
        int colon = s.labelColon(LABEL_WORDS);
        if (colon > 0) {
            return MAKERS.contains(s.textOf(0, colon).toLowerCase(Locale.ROOT)) ? colon + 1 : -1;
        }
        return s.size() > 3 && DELIVERING.contains(s.lower(1)) && s.lower(2).equals("by") ? 3 : -1;
    }

    /**
     * The institution heading the document: the last organisation named in its first sentences while they are headings
     * (capitalised names, no sentence's words), or else in a footer closing it; else null.
     */
    static Mention find(Reading r) {
        Mention found = null;
        for (int si = 0; si < r.sentenceCount() && (isHeading(r, r.sentence(si))
                || si == 0 && org.litkg.document.PageLayout.opensTeamPage(r.sentence(si).text())); si++) {
            found = lastOrganisation(r, si, found);
        }
        int last = r.sentenceCount() - 1;
        // a poster's footer under its prose: "Ward 7, Northern General Hospital, Sheffield Teaching Hospitals NHS Trust",
        // the text's last line, alone; not a signature's "X Y, UCL Cancer Institute", whose institution is the signer's
        boolean footer = last > 0 && isHeading(r, r.sentence(last)) && endsText(r, r.sentence(last))
                && !r.sentence(last).text().contains("\n")
                && r.mentions(last).stream().noneMatch(m -> m.type() == EntityType.PERSON)
                && r.mentions(last - 1).stream().noneMatch(m -> m.type() == EntityType.PERSON && m.from() == 0);
        return found != null || !footer ? found : lastOrganisation(r, last, null);
    }

    private static boolean endsText(Reading r, Sentence s) {
        String text = r.doc.analyzed().document().text();
        return s.span().end() >= text.length() || text.substring(s.span().end()).isBlank();
    }

    /** The last institution the sentence names, past the units of one ("X Institutet, Department of Medicine"). */
    private static Mention lastOrganisation(Reading r, int si, Mention found) {
        List<Mention> orgs = r.mentions(si).stream().filter(m -> m.type() == EntityType.ORGANIZATION && !m.anaphoric())
                .toList();
        List<Mention> wholes = InstitutionParts.wholes(orgs);
        Mention last = wholes.isEmpty() ? found : wholes.get(wholes.size() - 1);
        // "University of Edinburgh" over "Doctors of Philosophy, College of Medicine and Veterinary Medicine": a
        // university's college or school, on the line under it, is its part
        return found != null && last != found && InstitutionParts.isFacultyOf(last, found) ? found : last;
    }

    /** Whether every word of the sentence is capitalised or joins a name ("of", "upon": the cues' name connectors). */
    private static boolean isHeading(Reading r, Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            String word = s.token(k).text();
            if (Character.isLowerCase(word.charAt(0)) && !r.cues.is(Category.NAME_CONNECTOR, word)) {
                return false;
            }
        }
        return true;
    }
}
