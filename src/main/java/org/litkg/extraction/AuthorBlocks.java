package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.litkg.analysis.Sentence;
import org.litkg.document.AuthorLines;
import org.litkg.document.BracketedBylines;
import org.litkg.document.SharedAddresses;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A byline with numbered affiliations (a poster's, a paper's): each author works where their marks point; the first
 * and the last (senior) author lead the work the document reports, and their institutions conduct it. An author list
 * cut short by "et al." names its first author only.
 */
final class AuthorBlocks {

    private static final Set<EntityType> PERSONS = EnumSet.of(EntityType.PERSON);
    /** How recognition marks a byline's names (AuthorRecognizer). */
    private static final String AUTHOR_METHOD = "name-author";

    private AuthorBlocks() {
    }

    /** Reads the byline at sentence si, if it is one, with the affiliation lines that follow it. */
    static void read(Reading r, int si, Supplier<Study> study, List<Statement> out) {
        if (r.mentions(si).stream().noneMatch(m -> m.method().equals(AUTHOR_METHOD))) {
            return; // recognition has read the byline's names already; most sentences hold none
        }
        Sentence s = r.sentence(si);
        List<AuthorLines.Author> marked = AuthorLines.authors(s.text());
        List<AuthorLines.Author> authors = marked.isEmpty() ? keyedAuthors(r, si) : marked;
        if (authors.isEmpty()) {
            authors = AuthorLines.sharedAddressByline(k -> r.sentence(k).text(), r.sentenceCount(), si); // one address for all
        }
        boolean cutShort = false; // "A, B, C, et al.": A is the first author, C not the last
        if (authors.isEmpty()) {
            authors = AuthorLines.etAlList(s.text());
            cutShort = true;
        }
        if (authors.isEmpty()) {
            authors = AuthorLines.groupList(s.text()); // "A, B, C, and the HERON-2 Investigators": C the last named
            cutShort = false;
        }
        BracketedBylines.Byline bracketed = authors.isEmpty() ? BracketedBylines.read(s.text()) : BracketedBylines.Byline.NONE;
        authors = bracketed.authors().isEmpty() ? authors : bracketed.authors(); // "A, B (X, City); C (Y, City)"
        if (authors.isEmpty()) {
            return;
        }
        Map<Integer, List<Argument>> places = new HashMap<>();
        if (bracketed.authors().isEmpty()) {
            affiliations(r, si, places);
        } else {
            orgsIn(r, si, bracketed.affiliations(), places);
        }
        for (int i = 0; i < authors.size(); i++) {
            AuthorLines.Author a = authors.get(i);
            int from = s.tokenStartingAt(s.span().start() + a.start());
            Mention m = from < 0 ? null : r.startingAt(si, from);
            Argument person = m == null ? null : r.argument(m, PERSONS);
            if (person == null) {
                continue;
            }
            List<Argument> orgs = new ArrayList<>();
            a.marks().forEach(n -> orgs.addAll(places.getOrDefault(n, List.of())));
            int marksEnd = Math.min(s.size(), m.to() + 1);
            while (s.lower(m.to()).equals("(") && marksEnd < s.size() && !s.lower(marksEnd - 1).equals(")")) {
                marksEnd++; // the marks as the trigger: "(1,2)"
            }
            int marksFrom = marked.isEmpty() ? m.from() : m.to(); // a name keyed by its initials has no marks: the name
            marksEnd = marked.isEmpty() ? m.to() : marksEnd;
            r.emit(RelationType.AFFILIATED_WITH, List.of(person), orgs, si, m.from(), m.to(), marksFrom, marksEnd,
                    "author-affiliation", 0.8, out);
            if (i == 0 || i == authors.size() - 1 && !cutShort) {
                Argument work = new Argument(new Node.StudyNode(study.get()), person.span(), person.text(), true);
                r.emit(RelationType.LED_BY, List.of(work), List.of(person), si, m.from(), m.to(), m.from(), m.to(),
                        "author-order", 0.7, out);
                r.emit(RelationType.CONDUCTED_BY, List.of(work), orgs, si, m.from(), m.to(), marksFrom, marksEnd,
                        "author-order-affiliation", 0.7, out);
            }
        }
    }

    /** The authors of an unmarked byline, keyed by their initials on one of the lines after it; else empty. */
    private static List<AuthorLines.Author> keyedAuthors(Reading r, int si) {
        for (int sj = si + 1; sj < r.sentenceCount() && sj <= si + AuthorLines.AFFILIATION_LINES; sj++) {
            List<AuthorLines.Author> keyed = AuthorLines.keyedAuthors(r.sentence(si).text(), r.sentence(sj).text());
            if (!keyed.isEmpty()) {
                return keyed;
            }
        }
        return List.of();
    }

    /** The organisations each affiliation number names, from the lines after the byline, put into places. */
    private static void affiliations(Reading r, int si, Map<Integer, List<Argument>> places) {
        int sentences = r.sentenceCount();
        for (int sj = si + 1; sj < sentences && sj <= si + AuthorLines.AFFILIATION_LINES; sj++) {
            Sentence s = r.sentence(sj);
            List<AuthorLines.Affiliation> numbered = AuthorLines.affiliations(s.text());
            numbered = numbered.isEmpty() ? AuthorLines.keyedAffiliations(s.text()) : numbered;
            numbered = numbered.isEmpty() && sj == si + 1 ? SharedAddresses.of(s.text()) : numbered;
            orgsIn(r, sj, numbered, places);
        }
    }

    /** The organisations named in sentence sj within each of its affiliations, put into places by number. */
    private static void orgsIn(Reading r, int sj, List<AuthorLines.Affiliation> numbered, Map<Integer, List<Argument>> places) {
        Sentence s = r.sentence(sj);
        for (AuthorLines.Affiliation a : numbered) {
            int start = s.span().start() + a.start();
            int end = s.span().start() + a.end();
            List<Mention> named = new ArrayList<>();
            for (Mention m : r.mentions(sj)) {
                Argument org = m.span().start() >= start && m.span().end() <= end && !m.anaphoric()
                        ? r.argument(m, StudyPatterns.ANY_ORG) : null;
                if (org != null && org.node().type() == EntityType.ORGANIZATION) {
                    named.add(m);
                }
            }
            for (Mention m : InstitutionParts.wholes(named)) { // "(1) Department of Hematology, University X": X
                places.computeIfAbsent(a.number(), n -> new ArrayList<>()).add(r.argument(m, StudyPatterns.ANY_ORG));
            }
        }
    }
}
