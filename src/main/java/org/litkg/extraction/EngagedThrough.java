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

    /** A noun that follows a signal's name: "Neutrophils catch the CXCL8 signal with receptors called X". */
    private static final Set<String> SIGNAL_NOUNS = Set.of("signal", "message", "scent", "trail", "gradient");
    private static final Set<EntityType> LIGANDS = EnumSet.of(EntityType.CHEMOKINE, EntityType.PROTEIN);
    /** How far after "through" the receptor's name may come: "through a receptor on their surface called CCR2". */
    private static final int RECEPTOR_PHRASE_WORDS = 8;

    /** Reads the phrase whose "through" or "via" is at t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        sensed(r, si, t, out);
        Sentence s = r.sentence(si);
        Mention cells = r.endingAt(si, t - 1);
        Mention protein = r.startingAt(si, t + 1);
        if (cells == null || cells.type() != EntityType.CELL_TYPE || protein == null || !PROTEINS.contains(protein.type())) {
            return;
        }
        int verb = cells.from() - 1;
        if (verb < 1 || !ENGAGING.contains(s.token(verb).lemma()) || isSignalsClause(r, si, verb)) {
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

    /** Nouns for a signal that a relative clause on it may say draws cells: "the chemokine that recruits". */
    private static final Set<String> SIGNAL_HEADS = Set.of("chemokine", "cytokine", "signal", "ligand");

    /**
     * "neutralises CCL2, the chemokine that recruits monocytes through CCR2": the verb at {@code verb} opens a relative
     * clause on a signal, which does the recruiting, not the drug before it.
     */
    private static boolean isSignalsClause(Reading r, int si, int verb) {
        Sentence s = r.sentence(si);
        int end = s.lower(verb - 2).equals(",") ? verb - 3 : verb - 2; // "CCL2, which recruits"
        Mention head = r.endingAt(si, end);
        return end >= 0 && Reading.RELATIVE_PRONOUNS.contains(s.lower(verb - 1))
                && (SIGNAL_HEADS.contains(s.token(end).lemma()) || head != null && LIGANDS.contains(head.type()));
    }

    /**
     * "Monocytes sense CCL2 through a receptor on their surface called CCR2": cells that sense a signal through a
     * receptor carry the receptor, and the signal binds it; so with "using" or "with" at t: "dendritic cells follow
     * it using their CCR7 receptor", "microglia pick it up with a receptor called CX3CR1".
     */
    static void sensed(Reading r, int si, int t, List<Statement> out) {
        carriersSense(r, si, t, out);
        Sentence s = r.sentence(si);
        int end = s.lower(t - 1).equals("up") ? t - 2 : t - 1; // "microglia pick it up with a receptor called X"
        end -= SIGNAL_NOUNS.contains(s.lower(end)) && r.endingAt(si, end - 1) != null ? 1 : 0; // "the CXCL8 signal"
        Mention ligand = r.endingAt(si, end);
        // "Th17 cells follow it through CCR6": the signal a pronoun stands for
        Argument named = ligand == null && end > 1 ? r.pronoun(si, end, LIGANDS) : null;
        int from = ligand != null ? ligand.from() : named != null ? end : -1;
        if (from < 2 || ligand != null && !LIGANDS.contains(ligand.type())) {
            return;
        }
        int verb = s.lower(from - 1).equals("up") ? from - 2 : from - 1; // "pick up CX3CL1 with"
        verb -= Reading.ARTICLES.contains(s.lower(verb)) && verb > 1 ? 1 : 0; // "catch the CXCL8 signal with"
        boolean pickedUp = (verb < from - 1 || end < t - 1) && s.token(verb).lemma().equals("pick");
        if (verb < 1 || !UsedReceptors.SENSING.contains(s.token(verb).lemma()) && !pickedUp) {
            return;
        }
        Mention cells = r.endingAt(si, verb - 1);
        Mention receptor = receptorAfter(r, si, t);
        Argument signal = ligand != null ? r.argument(ligand, LIGANDS) : named;
        Argument target = receptor == null ? null : r.argument(receptor, PROTEINS);
        if (signal == null || target == null) {
            return;
        }
        List<Argument> targets = r.withFollowingConjuncts(si, target, receptor.to(), PROTEINS); // "CXCR1 and CXCR2"
        r.emit(RelationType.BINDS, List.of(signal), targets, si, from, t, t, t + 1, "sensed-through", 0.75, out);
        Argument carriers = cells == null ? null : r.argument(cells, EnumSet.of(EntityType.CELL_TYPE));
        if (carriers != null) {
            r.emit(RelationType.EXPRESSED_ON, targets, List.of(carriers), si, receptor.from(), receptor.to(), t,
                    t + 1, "sensed-through", 0.7, out);
        }
    }

    /**
     * "tumour cells with CCR7 sense it", "T cells with CXCR3 follow CXCL10": cells with a receptor, the "with" at t,
     * that sense a signal carry the receptor, and the signal binds it.
     */
    private static void carriersSense(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention cells = r.endingAt(si, t - 1);
        Mention receptor = r.startingAt(si, t + 1);
        int verb = receptor == null ? -1 : receptor.to();
        if (cells == null || receptor == null || receptor.type() != EntityType.RECEPTOR || receptor.anaphoric()
                || verb >= s.size() || !UsedReceptors.SENSING.contains(s.token(verb).lemma())) {
            return;
        }
        int[] at = new int[2];
        Argument signal = UsedReceptors.sensedSignal(r, si, verb + 1, at); // "sense it", "respond to CXCL10"
        Argument target = r.argument(receptor, PROTEINS);
        Argument carriers = r.argument(cells, EnumSet.of(EntityType.CELL_TYPE, EntityType.CANCER));
        if (carriers != null) {
            r.emit(RelationType.EXPRESSED_ON, List.of(target), List.of(carriers), si, receptor.from(), receptor.to(), t,
                    t + 1, "sensing-carriers", 0.7, out);
        }
        if (signal != null) {
            r.emit(RelationType.BINDS, List.of(signal), List.of(target), si, at[0], at[1], verb, verb + 1,
                    "sensing-carriers", 0.7, out);
        }
    }

    /** The receptor named after "through" at t, past a describing phrase of lower-case words; else null. */
    private static Mention receptorAfter(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        for (int k = t + 1; k < Math.min(s.size(), t + 1 + RECEPTOR_PHRASE_WORDS); k++) {
            Mention m = r.startingAt(si, k);
            if (m != null && !m.anaphoric() && PROTEINS.contains(m.type())) {
                return m;
            }
            if (m == null && !s.token(k).text().equals(s.lower(k))) {
                return null;
            }
            k = m == null ? k : m.to() - 1;
        }
        return null;
    }
}
