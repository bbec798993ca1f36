package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * An affiliations line that brackets its authors' surnames after each address: "Affiliations: Division of Dermatology,
 * University of Manchester, UK (Fenwick-Ali, Grant); Department of Pathology, Aga Khan University, Kenya (Obuya)."
 * Each bracketed person works at the address before the bracket, back to the last ";" or the label's colon, and not
 * at the address after it, which an apposition ("X, Y") would otherwise make theirs.
 */
final class BracketedAuthors {

    /** How many tokens a bracket of surnames may hold before a name in it: "(Fenwick-Ali, Okoro, Grant)". */
    private static final int BRACKET_TOKENS = 12;
    private static final java.util.Set<EntityType> PERSONS = java.util.EnumSet.of(EntityType.PERSON);

    private BracketedAuthors() {
    }

    /** Whether the person named at m stands in such a bracket, with only other names between its ends. */
    static boolean at(Reading r, int si, Mention m) {
        Sentence s = r.sentence(si);
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - BRACKET_TOKENS); k--) {
            if (s.lower(k).equals("(")) {
                return close(r, si, k + 1) >= m.to();
            }
            if (s.lower(k).equals(")") || s.lower(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 0; k < s.size(); k++) {
            int close = s.lower(k).equals("(") ? close(r, si, k + 1) : -1;
            if (close < 0) {
                continue;
            }
            List<Mention> places = InstitutionParts.wholes(Workplaces.orgsIn(r, si, segmentStart(s, k), k));
            List<Argument> orgs = places.stream().map(p -> r.argument(p, StudyPatterns.ANY_ORG)).toList();
            for (Mention person : people(r, si, k + 1, close)) {
                Argument who = r.argument(person, PERSONS);
                if (who != null && !orgs.isEmpty()) {
                    r.emit(RelationType.AFFILIATED_WITH, List.of(who), orgs, si, person.from(), person.to(),
                            places.get(0).from(), places.get(places.size() - 1).to(), "bracketed-author", 0.8, out);
                }
            }
        }
    }

    /** The ")" closing a bracket of names, commas between them, from token k; -1 if anything else stands in it. */
    private static int close(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int j = k;
        while (j < s.size()) {
            Mention m = r.startingAt(si, j);
            if (m == null || m.type() != EntityType.PERSON) {
                return -1;
            }
            j = m.to();
            if (s.lower(j).equals(")")) {
                return addressBefore(r, si, k - 1) ? j : -1;
            }
            if (!s.lower(j).equals(",")) {
                return -1;
            }
            j++;
        }
        return -1;
    }

    /** The people named from token k up to the bracket's close. */
    private static List<Mention> people(Reading r, int si, int k, int close) {
        List<Mention> people = new ArrayList<>();
        for (int j = k; j < close; j++) {
            Mention m = r.startingAt(si, j);
            if (m != null) {
                people.add(m);
                j = m.to() - 1;
            }
        }
        return people;
    }

    /** Whether an address, a place's name closing it ("Manchester, UK"), ends right before the bracket at k. */
    private static boolean addressBefore(Reading r, int si, int k) {
        return !Workplaces.orgsIn(r, si, segmentStart(r.sentence(si), k), k).isEmpty();
    }

    /** Where the address before token k starts: after the last ";" or the label's colon. */
    private static int segmentStart(Sentence s, int k) {
        int segment = k;
        while (segment > 0 && !s.lower(segment - 1).equals(";") && !s.lower(segment - 1).equals(":")) {
            segment--;
        }
        return segment;
    }
}
