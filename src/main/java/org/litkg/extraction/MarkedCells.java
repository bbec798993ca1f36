package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** Cells named by a protein they carry: "CXCR4-positive monocytes", "CCR6-bearing cells", "CXCR3+ T cells". */
final class MarkedCells {

    private static final Set<EntityType> RECEPTORS = ProteinNominals.RECEPTORS;
    private static final Set<EntityType> CELLS = ProteinNominals.CELLS;

    /** The markers that name T cells' two lineages. */
    private static final Set<String> T_CELL_LINEAGES = Set.of("cd4", "cd8");

    private MarkedCells() {
    }

    /** A "+" written onto the word before it, as a marker's is: "CXCR3+", not "CXCR3 + CXCR4". */
    static boolean isPlusMark(Sentence s, int t) {
        return s.lower(t).equals("+") && t > 0 && t + 1 < s.size()
                && s.token(t - 1).span().end() == s.token(t).span().start()
                && s.token(t).span().end() < s.token(t + 1).span().start();
    }

    /**
     * "CXCR4-positive monocytes", "CCR6-bearing cells", "CXCR3+ T cells": the protein is on the cells the compound
     * modifies. {@code t} is the marking word or sign, {@code back} tokens after the protein's name.
     */
    static void read(Reading r, int si, int t, int back, List<Statement> out) {
        Mention named = r.endingAt(si, t - back);
        Argument protein = named == null ? null : r.argument(named, RECEPTORS);
        int[] found = new int[2];
        Argument cell = protein == null ? null : r.rightOf(si, t, 3, CELLS, found);
        // "CD8-positive T cells" names a kind of T cell, as "CD8 T cells" does: no finding about where CD8 is
        boolean subset = protein != null && T_CELL_LINEAGES.contains(named.text().toLowerCase(java.util.Locale.ROOT));
        if (cell != null && !subset && r.sentence(si).lower(t + 1).equals(r.sentence(si).lower(found[0]))) {
            List<Argument> cells = r.withFollowingConjuncts(si, cell, found[1], CELLS);
            r.emit(RelationType.EXPRESSED_ON, List.of(protein), cells, si, named.from(), named.to(), t - 1, t + 1,
                    "nominal-marked", 0.8, out);
        }
    }
}
