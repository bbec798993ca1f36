package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * A receptor said to keep cells somewhere: "CXCR4, a receptor that keeps stem cells in the marrow", "the receptor that
 * holds the stem cells in the bone marrow". The cells carry the receptor; the keeping is the receptor's, so no tissue
 * sequesters them here.
 */
final class KeepingReceptors {

    private static final Set<String> KEEPING = Set.of("keep", "hold", "anchor", "retain", "tether");
    private static final Set<EntityType> CELLS = EnumSet.of(EntityType.CELL_TYPE, EntityType.CANCER);
    /** How far after the verb the cells may be named: "keeps the blood-forming stem cells". */
    private static final int CELL_REACH = 5;
    /** Words between the cells and where they are kept: "keeps the cells anchored in". */
    private static final Set<String> STATES = Set.of("anchored", "tethered", "stuck", "fixed");
    /** Where the cells are kept ("at" is left out: "keeps T cells at bay" keeps them nowhere). */
    private static final Set<String> PLACES = Set.of("in", "inside", "within");

    private KeepingReceptors() {
    }

    /** Whether t is a verb of keeping right after a relative pronoun: "that keeps", "which holds". */
    static boolean at(Sentence s, int t) {
        return t >= 2 && KEEPING.contains(s.token(t).lemma()) && Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1));
    }

    /** Reads the relative clause whose verb of keeping is at t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] cellAt = new int[2];
        Argument cell = r.rightOf(si, t, CELL_REACH, CELLS, cellAt);
        if (cell == null) {
            return;
        }
        int after = ProteinNominals.isCellsNoun(s.lower(cellAt[1])) ? cellAt[1] + 1 : cellAt[1];
        after = STATES.contains(s.lower(after)) ? after + 1 : after;
        if (!PLACES.contains(s.lower(after))) {
            return; // "the receptor that keeps T cells alive": no place the cells are kept in
        }
        int head = s.lower(t - 2).equals(",") ? t - 3 : t - 2;
        int[] receptorAt = new int[2];
        Argument receptor = UsedReceptors.receptorHead(r, si, head, receptorAt);
        if (receptor != null) {
            r.emit(RelationType.EXPRESSED_ON, List.of(receptor), List.of(cell), si, receptorAt[0], receptorAt[1], t,
                    t + 1, "receptor-keeping", 0.7, out);
        }
    }
}
