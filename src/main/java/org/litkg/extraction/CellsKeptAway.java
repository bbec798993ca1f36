package org.litkg.extraction;

import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "It binds alpha4 integrin on lymphocytes and stops these cells from crossing into the brain": cells kept from going
 * somewhere are no ligand kept from the protein bound before, so the verb says nothing of blocking that protein.
 */
final class CellsKeptAway {

    private CellsKeptAway() {
    }

    /** Verbs of making, after "from": "stop hepatocytes from making apolipoprotein(a)" blocks what they make. */
    private static final java.util.Set<String> MAKING = java.util.Set.of("making", "producing", "secreting",
            "releasing", "expressing");
    /** How far after "from" a pronoun may name the protein the cells are kept off: "from latching onto it". */
    private static final int BACK_REFERENCE_REACH = 4;

    /**
     * Whether cells, named or referred to, are the object right after the verb at t and are kept from going somewhere,
     * not from the protein ("prevents blood cells from latching onto it") nor from making one.
     */
    static boolean cellsAfter(Reading r, int si, int t, int from) {
        Mention m = r.startingAt(si, t + 1);
        if (m == null || m.type() != EntityType.CELL_TYPE || MAKING.contains(r.sentence(si).lower(from + 1))) {
            return false;
        }
        for (int k = from + 1; k < Math.min(r.sentence(si).size(), from + 1 + BACK_REFERENCE_REACH); k++) {
            String w = r.sentence(si).lower(k);
            if (w.equals("it") || w.equals("them")) {
                return false;
            }
        }
        return true;
    }
}
