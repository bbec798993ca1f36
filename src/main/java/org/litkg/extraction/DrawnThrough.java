package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "CCL2 pulls monocytes in through CCR2", "CCL20 recruits γδ T cells through CCR6", "draws Th17 cells into the sclera
 * through CCR6": the cells a chemokine brings in through a receptor carry that receptor, and the chemokine binds it,
 * however far the "through" stands from its verb. Cells named by a pronoun carry it too: "Neutrophils leave the
 * marrow when CXCL2 calls them through CXCR2".
 */
final class DrawnThrough {

    /** Verbs of a signal bringing cells to it, or holding them there: "CXCL12 anchors stem cells through CXCR4". */
    private static final Set<String> DRAWING = Set.of("recruit", "draw", "attract", "pull", "call", "guide", "bring",
            "lure", "summon", "steer", "anchor", "tether", "hold", "retain");
    private static final Set<EntityType> CELLS = EnumSet.of(EntityType.CELL_TYPE);
    private static final Set<EntityType> RECEPTORS = EnumSet.of(EntityType.RECEPTOR);
    private static final Set<EntityType> SIGNALS = EnumSet.of(EntityType.CHEMOKINE);
    /** Words before the place the cells are drawn to: "into lymph nodes", "to the skin". */
    private static final Set<String> PLACE_WORDS = Set.of("into", "to", "toward", "towards");
    /** How far before the place's name its "into" may be: "into the damaged heart". */
    private static final int PLACE_REACH = 3;
    /** Words pointing back to cells named before: "draws those T cells in". */
    private static final Set<String> POINTING = Set.of("those", "these", "the", "such");
    /** How far before "through" the drawn cells may be named: "draws Th17 cells into the sclera through". */
    private static final int CELLS_REACH = 6;

    private DrawnThrough() {
    }

    /** Whether the name at k is where the cells go, past a word or two of its state: "into the damaged heart". */
    private static boolean isPlaceGoneTo(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - PLACE_REACH); j--) {
            if (PLACE_WORDS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Tumours are full of neutrophils, which CXCL1 draws in through CXCR2": the cells an object relative's chemokine
     * draws are its antecedent; else null.
     */
    private static Argument drawnAntecedent(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        int v = s.lower(t - 1).equals("in") ? t - 2 : t - 1;
        Mention signal = v >= 3 && DRAWING.contains(s.token(v).lemma()) ? r.endingAt(si, v - 1) : null;
        int which = signal == null || signal.type() != EntityType.CHEMOKINE ? -1 : signal.from() - 1;
        if (which < 1 || !Reading.RELATIVE_PRONOUNS.contains(s.lower(which))) {
            return null;
        }
        Mention cells = r.endingAt(si, s.lower(which - 1).equals(",") ? which - 2 : which - 1);
        return cells == null || cells.anaphoric() ? null : r.argument(cells, CELLS);
    }

    /** Reads the phrase whose "through" or "via" is at t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention receptor = r.startingAt(si, t + 1);
        if (receptor == null || receptor.anaphoric() || receptor.type() != EntityType.RECEPTOR) {
            return;
        }
        Argument drawnBack = drawnAntecedent(r, si, t); // "neutrophils, which CXCL1 draws in through CXCR2"
        Argument backDoor = drawnBack == null ? null : r.argument(receptor, RECEPTORS);
        if (backDoor != null) {
            r.emit(RelationType.EXPRESSED_ON, List.of(backDoor), List.of(drawnBack), si, receptor.from(), receptor.to(),
                    t, t + 1, "drawn-through", 0.7, out);
            return;
        }
        Argument called = t >= 2 && DRAWING.contains(s.token(t - 2).lemma()) ? r.pronoun(si, t - 1, CELLS) : null;
        Argument calledDoor = called == null ? null : r.argument(receptor, RECEPTORS);
        if (calledDoor != null) { // "Neutrophils leave the marrow when CXCL2 calls them through CXCR2"
            r.emit(RelationType.EXPRESSED_ON, List.of(calledDoor), List.of(called), si, receptor.from(), receptor.to(),
                    t, t + 1, "drawn-through", 0.7, out);
            return;
        }
        for (int k = t - 1; k >= Math.max(0, t - CELLS_REACH); k--) { // "Neutrophils recruited through", first
            Mention cells = r.endingAt(si, k);
            if (cells == null) {
                continue;
            }
            if (cells.type() != EntityType.CELL_TYPE && isPlaceGoneTo(s, cells.from())) {
                k = cells.from(); // "guides naive T cells into lymph nodes through CCR7": past where they go
                continue;
            }
            // "Cytotoxic T cells recruited through CXCR3": the cells before the participle are the ones drawn
            boolean drawnBefore = cells.to() < t && DRAWING.contains(s.token(cells.to()).lemma())
                    && VerbForms.isPastForm(s.token(cells.to()));
            // "draws those T cells into the skin": a demonstrative may stand between the verb and its cells
            int before = POINTING.contains(s.lower(cells.from() - 1)) ? cells.from() - 2 : cells.from() - 1;
            if (cells.type() != EntityType.CELL_TYPE || cells.anaphoric()
                    || !drawnBefore && (before < 0 || !DRAWING.contains(s.token(before).lemma()))) {
                return; // only the verb's object, the first name back: "draws T cells into the skin through"
            }
            Argument carrier = r.argument(cells, CELLS);
            Argument door = r.argument(receptor, RECEPTORS);
            if (carrier != null && door != null) {
                // "recruited through CXCR1 and CXCR2": each receptor named
                List<Argument> doors = r.withFollowingConjuncts(si, door, receptor.to(), RECEPTORS);
                r.emit(RelationType.EXPRESSED_ON, doors, List.of(carrier), si, receptor.from(), receptor.to(),
                        t, t + 1, "drawn-through", 0.7, out);
                int verb = drawnBefore ? cells.to() : before;
                int[] found = new int[2];
                // (cells "recruited through" a receptor name no chemokine that recruits them)
                Argument signal = drawnBefore ? null : r.leftOf(si, verb, VerbPatterns.LEFT_WINDOW, SIGNALS, found);
                signal = signal == null ? null : ModifiedSubjects.headBeforeModifier(r, si, signal, SIGNALS, found);
                if (signal != null) { // however far the "through" is from its verb: "draws X into the sclera through"
                    r.emit(RelationType.BINDS, List.of(signal), doors, si, found[0], found[1], verb, verb + 1,
                            "drawn-through", 0.7, out);
                }
            }
            return;
        }
    }
}
