package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Noun phrases about who makes a protein and what it binds: "stromal cells, the main source of CXCL12" (the cells
 * secrete it), "the CXCL12-CXCR4 axis" (the chemokine binds the receptor). {@link NominalPatterns} finds the noun.
 */
final class SourceAndAxisNominals {

    private static final Set<EntityType> PROTEINS = NominalPatterns.PROTEINS;

    private SourceAndAxisNominals() {
    }

    /** "Exhausted CD8 T cells were the main source of CXCL13", "CXCL12, whose main source is ...": the cells secrete it. */
    static void source(Reading r, int si, int t, List<Statement> out) {
        Set<EntityType> producers = RelationType.SECRETES.domain();
        int[] at = new int[2];
        Argument producer = Copulas.subject(r, si, t, producers, at);
        if (producer == null) {
            producer = r.apposedName(si, t, producers, at); // "stromal cells, the main source of CXCL12,"
        }
        Mention product = r.startingAt(si, t + 2);
        Argument protein = product == null ? null : r.argument(product, PROTEINS);
        if (producer != null && protein != null) {
            List<Argument> proteins = r.withFollowingConjuncts(si, protein, product.to(), PROTEINS);
            r.emit(RelationType.SECRETES, r.withPrecedingConjuncts(si, producer, at[0], producers), proteins, si, at[0], at[1],
                    t, t + 2, "nominal-source", 0.75, out);
        }
    }

    /** Words between "its" and "source": "its main source", "its only known source". */
    private static final Set<String> SOURCE_MODIFIERS = Set.of("main", "major", "principal", "chief", "primary",
            "only", "known", "dominant");

    /** The token of "its" before the source noun at t ("were its main source"), else -1. */
    static int possessorOfSource(Sentence s, int t) {
        int k = t - 1;
        while (k > 0 && SOURCE_MODIFIERS.contains(s.lower(k))) {
            k--;
        }
        return s.lower(k).equals("its") ? k : -1;
    }

    /**
     * "CXCL1 was elevated, and peritoneal macrophages were its main source": the copula's subject secretes the protein
     * "its" stands for, the nearest chemokine or other given-out protein named before it (no receptor).
     */
    static void possessedSource(Reading r, int si, int t, List<Statement> out) {
        int its = possessorOfSource(r.sentence(si), t);
        Set<EntityType> producers = RelationType.SECRETES.domain();
        int[] at = new int[2];
        Argument producer = its < 0 ? null : Copulas.subject(r, si, its, producers, at);
        Argument protein = producer == null ? null : r.namedBefore(si, its, at[0], GIVEN_OUT); // not a receptor
        if (protein != null) {
            r.emit(RelationType.SECRETES, List.of(producer), List.of(protein), si, at[0], at[1], t, t + 1,
                    "nominal-source", 0.7, out);
        }
    }

    /** Who may be said to give out a protein with "from": cells, a tissue, a tumour. */
    private static final Set<EntityType> CELLULAR_SOURCES = Set.of(EntityType.CELL_TYPE, EntityType.TISSUE,
            EntityType.CANCER);
    /** What cells give out: a chemokine or another protein, not their own receptors. */
    private static final Set<EntityType> GIVEN_OUT = Set.of(EntityType.CHEMOKINE, EntityType.PROTEIN);

    /** A state of the source before its name, no part of it: "from the damaged liver", "from inflamed skin". */
    private static final java.util.Set<String> DAMAGE_WORDS = java.util.Set.of("damaged", "injured", "inflamed",
            "infected", "stressed", "dying", "diseased");

    /**
     * "How CXCL13 from follicular dendritic cells binds CXCR5", "CCL2 from the tumour draws monocytes": a protein from
     * cells, "from" at t right after it, is one the cells secrete, and so is each protein listed with it ("CCL17 and
     * CCL22 from airway epithelial cells").
     */
    static void fromCells(Reading r, int si, int t, List<Statement> out) {
        Mention product = r.endingAt(si, t - 1);
        Sentence s = r.sentence(si);
        int at = s.lower(t + 1).equals("the") ? t + 2 : t + 1;
        at = DAMAGE_WORDS.contains(s.lower(at)) ? at + 1 : at; // "CCL2 from the damaged liver"
        Mention source = r.startingAt(si, at);
        if (product == null || source == null || !GIVEN_OUT.contains(product.type())
                || !CELLULAR_SOURCES.contains(source.type()) || product.anaphoric() || source.anaphoric()) {
            return;
        }
        Argument protein = r.argument(product, PROTEINS);
        Argument cells = r.argument(source, RelationType.SECRETES.domain());
        if (protein != null && cells != null) {
            List<Argument> given = r.withPrecedingConjuncts(si, protein, product.from(), PROTEINS).stream()
                    .filter(p -> GIVEN_OUT.contains(p.node().type()) && VerbPatterns.isSecreted(p)).toList();
            r.emit(RelationType.SECRETES, List.of(cells), given.contains(protein) ? given : List.of(protein), si,
                    source.from(), source.to(), t, t + 1, "nominal-source-from", 0.7, out);
        }
    }

    /** "the CXCL12-CXCR4 axis", "CXCL12/CXCR4 signaling": the chemokine binds the receptor. */
    static void axis(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention receptor = r.endingAt(si, t - 1);
        if (receptor == null || receptor.type() != EntityType.RECEPTOR) {
            bindingOf(r, si, t, out);
            return;
        }
        String link = s.lower(receptor.from() - 1);
        Mention ligand = link.equals("-") || link.equals("/") ? r.endingAt(si, receptor.from() - 2) : null;
        bindsReceptor(r, si, ligand, receptor, t, out);
    }

    /** "the binding of CXCL12 to CXCR4", "blocks the binding of CCL23 to CCR1": the named ligand binds the receptor. */
    private static void bindingOf(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (!s.lower(t).equals("binding") || !s.lower(t + 1).equals("of")) {
            return;
        }
        Mention ligand = r.startingAt(si, t + 2);
        if (ligand != null && s.lower(ligand.to()).equals("to")) {
            Mention receptor = r.startingAt(si, ligand.to() + 1);
            if (receptor != null && receptor.type() == EntityType.RECEPTOR) {
                bindsReceptor(r, si, ligand, receptor, t, out);
            }
        }
    }

    private static void bindsReceptor(Reading r, int si, Mention ligand, Mention receptor, int t, List<Statement> out) {
        if (ligand == null || (ligand.type() != EntityType.CHEMOKINE && ligand.type() != EntityType.PROTEIN)) {
            return;
        }
        Argument a = r.argument(ligand, PROTEINS);
        Argument b = r.argument(receptor, PROTEINS);
        if (a != null && b != null) {
            r.emit(RelationType.BINDS, List.of(a), List.of(b), si, ligand.from(), ligand.to(), t, t + 1, "nominal-axis", 0.75,
                    out);
        }
    }
}
