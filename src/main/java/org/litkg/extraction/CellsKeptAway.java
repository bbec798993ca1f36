package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "It binds alpha4 integrin on lymphocytes and stops these cells from crossing into the brain": cells kept from going
 * somewhere are no ligand kept from the protein bound before, so the verb says nothing of blocking that protein.
 */
final class CellsKeptAway {

    private CellsKeptAway() {
    }

    /** How far before the verb the cells a "them" after it stands for may be named: "on monocytes and stops them". */
    private static final int PRONOUN_REACH = 3;

    /** The cells named right before the verb at t, which a "them" after it stands for; else null. */
    private static Mention cellsBefore(Reading r, int si, int t) {
        for (int k = t - 1; k >= Math.max(0, t - PRONOUN_REACH); k--) {
            Mention m = r.endingAt(si, k);
            if (m != null) {
                return m.type() == EntityType.CELL_TYPE ? m : null;
            }
        }
        return null;
    }

    /** How far after "from" a pronoun may name the protein the cells are kept off: "from latching onto it". */
    private static final int BACK_REFERENCE_REACH = 4;

    /**
     * Whether cells, named or referred to, are the object right after the verb at t and are kept from going somewhere,
     * not from the protein ("prevents blood cells from latching onto it") nor from making one.
     */
    static boolean cellsAfter(Reading r, int si, int t, int from) {
        Sentence s = r.sentence(si);
        Mention m = s.lower(t + 1).equals("them") ? cellsBefore(r, si, t) : r.startingAt(si, t + 1);
        // "stop hepatocytes from making apolipoprotein(a)" blocks what they make (PrepositionalVerbs.keptFrom)
        boolean making = from + 1 < s.size() && PrepositionalVerbs.MAKING.contains(s.token(from + 1).lemma());
        if (m == null || m.type() != EntityType.CELL_TYPE || making) {
            return false;
        }
        for (int k = from + 1; k < Math.min(s.size(), from + 1 + BACK_REFERENCE_REACH); k++) {
            if (s.lower(k).equals("it") || s.lower(k).equals("them")) {
                return false;
            }
        }
        return true;
    }
}
