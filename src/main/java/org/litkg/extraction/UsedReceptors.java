package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Receptors that cells are said to use: "CCR2 and CCR5, two receptors that monocytes and macrophages use to enter
 * the liver", "CCR5, which T cells use", "CCR2, the receptor their monocytes use to answer CCL2", "microglia use
 * CX3CR1 to listen to neurons". A cell uses a receptor it carries, so the cells carry each receptor; and what the
 * cells use it to answer binds it, each of a list.
 */
final class UsedReceptors {

    private static final Set<EntityType> RECEPTORS = Set.of(EntityType.RECEPTOR);
    private static final Set<EntityType> CELLS = Set.of(EntityType.CELL_TYPE);
    private static final Set<EntityType> CANCER_CELLS = Set.of(EntityType.CELL_TYPE, EntityType.CANCER);
    /** How far before "use" the relative pronoun may be: "that monocytes and macrophages use". */
    private static final int CLAUSE_WORDS = 8;

    private UsedReceptors() {
    }

    /** Reads the relative clause whose verb "use" is at t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int relative = -1;
        for (int k = t - 1; k >= Math.max(1, t - CLAUSE_WORDS) && relative < 0; k--) {
            relative = Reading.RELATIVE_PRONOUNS.contains(s.lower(k)) ? k : -1;
        }
        Mention lastCell = r.endingAt(si, t - 1);
        // "Leukaemia cells use CXCR4 to shelter": a cancer's cells, named as cells, carry what they use too
        Mention cancer = lastCell == null && ProteinNominals.isCellsNoun(s.lower(t - 1)) ? r.endingAt(si, t - 2) : null;
        boolean cancerCells = cancer != null && cancer.type() == EntityType.CANCER;
        lastCell = cancerCells ? cancer : lastCell;
        if (lastCell == null || lastCell.type() != EntityType.CELL_TYPE && lastCell.type() != EntityType.CANCER
                && !cancerCells) {
            return; // "a receptor that HIV uses": only cells carry what they use
        }
        // "the receptor their monocytes use", "the receptor monocytes use": the relative pronoun left out
        int bare = Reading.POSSESSIVES.contains(s.lower(lastCell.from() - 1)) ? lastCell.from() - 1 : lastCell.from();
        boolean reduced = Lemmatizer.singular(s.lower(bare - 1)).equals("receptor"); // nearer than any "that" before
        relative = reduced ? bare - 1 : relative;
        if (relative < 0) {
            activeUse(r, si, t, lastCell, out); // "how microglia use CX3CR1 to listen to neurons"
            return;
        }
        int[] cellAt = new int[2];
        // "a receptor that breast cancer cells use to spread": the cancer's cells carry it
        Set<EntityType> carriers = lastCell.type() == EntityType.CANCER ? CANCER_CELLS : CELLS;
        Argument cell = r.rightOf(si, relative, t - relative - 1, carriers, cellAt);
        if (cell == null) {
            return;
        }
        List<Argument> cells = r.withFollowingConjuncts(si, cell, cellAt[1], carriers);
        int head = reduced ? relative : s.lower(relative - 1).equals(",") ? relative - 2 : relative - 1;
        int[] receptorAt = new int[2];
        Argument receptor = receptorHead(r, si, head, receptorAt);
        if (receptor == null) {
            return;
        }
        List<Argument> receptors = r.withPrecedingConjuncts(si, receptor, receptorAt[0], RECEPTORS);
        r.emit(RelationType.EXPRESSED_ON, receptors, cells, si, receptorAt[0], receptorAt[1], t, t + 1, "receptor-used",
                0.75, out);
        bindSensed(r, si, t + 1, receptors, out); // "the receptor their monocytes use to answer CCL2": CCL2 binds it
    }

    /** "use it to answer CCL2", "use CCR7 to sense CCL21": the signal after "to" and a sensing verb at k binds. */
    private static void bindSensed(Reading r, int si, int k, List<Argument> receptors, List<Statement> out) {
        Sentence s = r.sentence(si);
        boolean sensing = s.lower(k).equals("to") && SENSING.contains(s.lower(k + 1));
        int[] at = new int[2];
        Argument ligand = sensing ? sensedSignal(r, si, k + 2, at) : null;
        if (ligand != null) { // "use to follow CXCL1 and CXCL5": each signal binds
            List<Argument> ligands = r.withFollowingConjuncts(si, ligand, at[1], LIGANDS);
            r.emit(RelationType.BINDS, ligands, receptors, si, at[0], at[1], k, k + 2, "receptor-used-to-sense", 0.7,
                    out);
        }
    }

    /**
     * The signal a sensing verb's object names from token k, the one after the verb: "sense CCL21", "respond to
     * CXCL12", "follow chemokines such as CCL5", or a pronoun for one ("sense it"); its tokens in {@code at}; else
     * null.
     * {@link EnablingReceptors} and {@link EngagedThrough} read their signals so too.
     */
    static Argument sensedSignal(Reading r, int si, int k, int[] at) {
        Sentence s = r.sentence(si);
        int from = s.lower(k).equals("to") ? k + 1 : k;
        int members = ExampleLinks.membersAt(s, from + 1);
        from = members > 0 && r.startingAt(si, from) == null ? members : from;
        Mention signal = r.startingAt(si, from);
        at[0] = from;
        at[1] = signal != null ? signal.to() : from + 1;
        return signal != null && !signal.anaphoric() ? r.argument(signal, LIGANDS) : r.pronoun(si, from, LIGANDS);
    }

    /**
     * The receptor a relative clause's head ending at {@code head} stands for, its tokens in {@code at}: a name ("CCR5,
     * which T cells use"), or the name apposed to a receptor noun ("X and Y, two receptors that", "CXCR4, the receptor
     * that lets"), past a relative's "of" ("CCR5, a close relative of CCR2 that T cells use"); else null.
     */
    static Argument receptorHead(Reading r, int si, int head, int[] at) {
        Sentence s = r.sentence(si);
        Mention named = r.endingAt(si, head);
        if (named != null && s.lower(named.from() - 1).equals("of")) {
            head = named.from() - 2; // the clause is the relative's, not CCR2's
            named = null;
        }
        String noun = Lemmatizer.singular(s.lower(head));
        if (named != null && !named.anaphoric()) {
            at[0] = named.from();
            at[1] = named.to();
            return r.argument(named, RECEPTORS);
        }
        return noun.equals("receptor") || SubjectSearch.KIN_NOUNS.contains(noun)
                ? r.apposedName(si, head, RECEPTORS, at) : null;
    }

    /** "Microglia use CX3CR1 to listen to neurons": the receptor named right after "use" at t is on the cells. */
    private static void activeUse(Reading r, int si, int t, Mention lastCell, List<Statement> out) {
        Sentence s = r.sentence(si);
        boolean determined = Reading.ARTICLES.contains(s.lower(t + 1)) || Reading.POSSESSIVES.contains(s.lower(t + 1));
        int at = determined ? t + 2 : t + 1;
        Mention used = r.startingAt(si, at);
        Argument receptor = used == null || used.anaphoric() ? null : r.argument(used, RECEPTORS);
        Argument cell = receptor == null ? null : r.argument(lastCell, ProteinNominals.CELLS);
        if (cell != null) {
            List<Argument> cells = r.withPrecedingConjuncts(si, cell, lastCell.from(), ProteinNominals.CELLS);
            r.emit(RelationType.EXPRESSED_ON, List.of(receptor), cells, si, used.from(), used.to(), t, t + 1,
                    "receptor-used", 0.7, out);
            bindSensed(r, si, used.to(), List.of(receptor), out); // "T cells use CCR7 to sense CCL21"
        }
    }

    /**
     * Verbs of cells taking in a signal, in their base forms: what cells use a receptor to do with its ligand ("to
     * answer CCL2", "to follow CCL21"), what they do to it through a receptor ("monocytes sense CCL2 through CCR2",
     * "dendritic cells find it through CCR7",
     * {@link EngagedThrough}) and what a receptor lets them do ("lets cells respond to CXCL12", {@link
     * EnablingReceptors}).
     */
    static final Set<String> SENSING = Set.of("answer", "sense", "detect", "recognise", "recognize", "perceive",
            "follow", "track", "hear", "listen", "catch", "feel", "respond", "react", "home", "find", "locate");
    private static final Set<EntityType> LIGANDS = Set.of(EntityType.CHEMOKINE, EntityType.PROTEIN);
}
