package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "forimtamig ... recruits T cells through CD3", "engages T cells via CD3": a bispecific drug that brings cells in
 * through a protein on them binds that protein.
 */
final class EngagedThrough {

    /** Verbs of bringing immune cells to a target. */
    private static final Set<String> ENGAGING = Set.of("recruit", "engage", "redirect", "activate", "bring", "draw",
            "harness", "direct");
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);
    private static final Set<EntityType> PROTEINS = EnumSet.of(EntityType.PROTEIN, EntityType.RECEPTOR);

    private EngagedThrough() {
    }

    /** Reads the phrase whose "through" or "via" is at t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention cells = r.endingAt(si, t - 1);
        Mention protein = r.startingAt(si, t + 1);
        if (cells == null || cells.type() != EntityType.CELL_TYPE || protein == null || !PROTEINS.contains(protein.type())) {
            return;
        }
        int verb = cells.from() - 1;
        if (verb < 1 || !ENGAGING.contains(s.token(verb).lemma())) {
            return;
        }
        int[] left = new int[2];
        // a verb after ", and" is the clause's second, and its subject may stand past a long apposition
        boolean second = s.lower(verb - 1).equals("and") && s.lower(verb - 2).equals(",");
        Argument drug = r.leftOf(si, verb, second ? verb : VerbPatterns.LEFT_WINDOW, DRUGS, left);
        Argument target = r.argument(protein, PROTEINS);
        if (drug != null && target != null) {
            r.emit(RelationType.BINDS, List.of(drug), List.of(target), si, left[0], left[1], verb, t + 1,
                    "engaged-through", 0.75, out);
        }
    }
}
