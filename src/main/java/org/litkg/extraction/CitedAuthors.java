package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.SignatureBlocks;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/**
 * "(Haugland-Mbeki et al., Journal of Experimental Medicine, 2026)", "Okafor et al., UCL, Neuro-Oncology 2025": a
 * citation names the first author of the work before its journal, and the first author leads it, as a byline's does
 * ({@link AuthorBlocks}). So does a person who reported the work there: "Dr. X of Y showed in the Journal of Clinical
 * Investigation that ...".
 */
final class CitedAuthors {

    private static final Set<EntityType> PERSONS = EnumSet.of(EntityType.PERSON);
    /** How far before the journal the citation's "et al." may stand: past the authors' place ("et al., UCL,"). */
    private static final int REACH = 8;

    private CitedAuthors() {
    }

    /**
     * "Dr. X of the University of Arizona showed in J", "X, now a professor at Y, reports in J": the reporter's
     * workplace, named after her or in the post set off after her (ending at {@code postEnd}, else -1), did the work.
     */
    private static void conductedAtWorkplace(Reading r, int si, Mention reporter, int postEnd, Argument study,
                                             List<Statement> out) {
        Sentence s = r.sentence(si);
        int at = s.lower(reporter.to() + 1).equals("the") ? reporter.to() + 2 : reporter.to() + 1;
        Mention org = postEnd > 0 ? Workplaces.orgsIn(r, si, reporter.to(), postEnd).stream().findFirst().orElse(null)
                : Workplaces.PLACE_LINKS.contains(s.lower(reporter.to())) ? r.startingAt(si, at) : null;
        Argument place = org == null ? null : r.argument(org, StudyPatterns.ORGS);
        if (place != null && place.node().type() == EntityType.ORGANIZATION) {
            r.emit(RelationType.CONDUCTED_BY, List.of(study), List.of(place), si, reporter.from(), reporter.to(),
                    org.from(), org.to(), "study-reporter-affiliation", 0.6, out);
        }
    }

    /**
     * Has the first author a citation names before the journal at token journalFrom, or the person who reported the
     * study there, lead the study it published.
     */
    static void lead(Reading r, int si, int journalFrom, Argument study, List<Statement> out) {
        if (!reporterLeads(r, si, journalFrom, study, out) && !signersLatestPaper(r, si, study, out)) {
            firstAuthorLeads(r, si, journalFrom, study, out);
        }
        citedSourceConducts(r, si, journalFrom, study, out);
    }

    /** How many words the latest paper's label takes: "Most recent paper:". */
    private static final int LATEST_LABEL_WORDS = 3;

    /**
     * A signature's "Latest paper: ... (J, 2026)" line under "Dr. X" and her post at Y: the signer leads the paper,
     * done where the signature places her ({@link LaterWorkplaces}). Whether the line was led so.
     */
    private static boolean signersLatestPaper(Reading r, int si, Argument study, List<Statement> out) {
        Sentence s = r.sentence(si);
        int colon = s.labelColon(LATEST_LABEL_WORDS);
        if (si == 0 || colon < 0 || !SignatureBlocks.isLatestPaperLine(s.text())) {
            return false;
        }
        List<Mention> block = r.mentions(si - 1);
        Mention signer = block.isEmpty() ? null : block.get(0);
        Argument person = signer == null || signer.type() != EntityType.PERSON ? null : r.argument(signer, PERSONS);
        if (person != null) {
            r.emit(RelationType.LED_BY, List.of(study), List.of(person), si, 0, colon, 0, colon,
                    LaterWorkplaces.SIGNED_LEADER, 0.7, out);
        }
        return person != null;
    }

    /**
     * "(Washington University trial, Lancet Oncology 2016)": a bracketed citation that opens with an institution's
     * trial or study before the journal says whose it was; the institution conducted it.
     */
    private static void citedSourceConducts(Reading r, int si, int journalFrom, Argument study, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (!s.lower(journalFrom - 1).equals(",")) {
            return;
        }
        for (int k = journalFrom - 2; k >= Math.max(0, journalFrom - REACH); k--) {
            if (s.lower(k).equals("(")) {
                Mention org = r.startingAt(si, k + 1);
                boolean owned = org != null && !org.anaphoric() && org.to() == journalFrom - 2
                        && r.cues.isStudyOrTrial(s.lower(org.to()));
                Argument place = owned ? r.argument(org, StudyPatterns.ORGS) : null;
                if (place != null && place.node().type() == EntityType.ORGANIZATION) {
                    r.emit(RelationType.CONDUCTED_BY, List.of(study), List.of(place), si, org.from(), org.to(),
                            org.to(), org.to() + 1, "cited-source", 0.6, out);
                }
                return;
            }
        }
    }

    /** "Dr. X of the University of Arizona showed in J that": whether the reporter before "in J" was found to lead. */
    private static boolean reporterLeads(Reading r, int si, int journalFrom, Argument study, List<Statement> out) {
        Sentence s = r.sentence(si);
        int in = s.lower(journalFrom - 1).equals("the") ? journalFrom - 2 : journalFrom - 1;
        int verb = in - 1;
        if (!s.lower(in).equals("in") || verb <= 0 || !LeaderCues.FINDING_VERBS.contains(s.token(verb).lemma())
                || s.lower(verb).endsWith("ing")) {
            return false;
        }
        for (Mention m : r.mentions(si)) {
            int apposed = apposedPostEnd(r, si, m); // "X (PhD 2009), now a professor at Y, reports in J"
            Argument reporter = m.to() == verb || Workplaces.afterWorkplace(r, si, m) == verb || apposed == verb
                    ? r.argument(m, PERSONS) : null;
            if (reporter != null && !m.anaphoric()) {
                r.emit(RelationType.LED_BY, List.of(study), List.of(reporter), si, m.from(), m.to(), verb, verb + 1,
                        "study-reporter", 0.7, out);
                conductedAtWorkplace(r, si, m, apposed == verb ? verb : -1, study, out);
                return true;
            }
        }
        return false;
    }

    /** How many words a post set off by commas after a reporter's name may take: ", now a professor at Y,". */
    private static final int POST_WORDS = 12;

    /**
     * The token after a post set off by commas after the person m (past a bracket after the name: "X (PhD 2009), now a
     * professor at the University of Toronto,"), where no other person is named in it; else -1.
     */
    private static int apposedPostEnd(Reading r, int si, Mention m) {
        Sentence s = r.sentence(si);
        int comma = Parentheticals.after(s, m.to());
        if (!s.lower(comma).equals(",")) {
            return -1;
        }
        for (int k = comma + 1; k < Math.min(s.size(), comma + 1 + POST_WORDS); k++) {
            Mention other = r.startingAt(si, k);
            if (other != null && other.type() == EntityType.PERSON) {
                return -1;
            }
            if (s.lower(k).equals(",")) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "(X et al., J, 2026)", "X et al., "A quoted title", J (2026)", "X et al. (J)": the cited first author leads. */
    private static void firstAuthorLeads(Reading r, int si, int journalFrom, Argument study, List<Statement> out) {
        Sentence s = r.sentence(si);
        int title = PublicationContext.quotedTitleStart(s, journalFrom - 2);
        int from = title > 0 ? title - 1 : journalFrom - 1;
        for (int k = from; k >= 2 && k >= from - REACH; k--) {
            if ((s.lower(k).equals("al.") || s.lower(k).equals("al")) && s.lower(k - 1).equals("et")) {
                Mention m = r.endingAt(si, k - 2);
                Argument author = m == null ? null : r.argument(m, PERSONS);
                if (author != null) {
                    r.emit(RelationType.LED_BY, List.of(study), List.of(author), si, m.from(), m.to(), k - 1, k + 1,
                            LaterWorkplaces.CITED_LEADER, 0.7, out);
                }
                return;
            }
            if (PublicationContext.bracketedYearAt(s, k - 2)) {
                k -= 2; // past the year in "Ito et al. (2025), Blood"
                continue;
            }
            boolean opensJournal = k == journalFrom - 1; // "Burns et al. (Science Signaling)": the journal's bracket
            if (s.lower(k).equals("(") && !opensJournal || s.lower(k).equals(")") || s.lower(k).equals(";")) {
                return; // another citation's, or none
            }
        }
    }
}
