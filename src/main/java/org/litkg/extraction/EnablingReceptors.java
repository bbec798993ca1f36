package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A receptor said to let cells answer a signal: "CXCR4, the receptor that lets breast cancer cells respond to CXCL12",
 * "CCR7, which allows dendritic cells to sense CCL21". The cells carry the receptor, and the signal binds it, as "the
 * receptor that regulatory T cells use to follow CCL22" says ({@link UsedReceptors}); so in a main clause: "CCR5 on
 * those T cells lets them follow chemokines such as CCL5".
 */
final class EnablingReceptors {

    private static final Set<String> ENABLING = Set.of("let", "allow", "help", "enable");
    private static final Set<EntityType> CELLS = EnumSet.of(EntityType.CELL_TYPE, EntityType.CANCER);
    /** How far after the verb the cells may be named: "lets the tumour's own cells respond". */
    private static final int CELL_REACH = 5;

    private EnablingReceptors() {
    }

    /**
     * Whether t is a verb of letting right after a relative pronoun ("that lets", "which allows") or after the subject
     * it may have in a main clause ("CCR5 on those T cells lets them follow"), which {@link #read} checks.
     */
    static boolean at(Sentence s, int t) {
        // not "CXCR4 lets HIV into T cells", an entry receptor ({@link EntryReceptors})
        return t >= 1 && ENABLING.contains(s.token(t).lemma()) && !s.lower(t).endsWith("ing")
                && (Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1)) || !EntryReceptors.isLetInto(s, t));
    }

    /** How far before the verb a main clause's receptor may be named: "CCR5 on those T cells lets". */
    private static final int SUBJECT_REACH = 5;

    /**
     * The receptor a main clause opens with before the verb of letting at t, past where it sits ("CCR5 on those T cells
     * lets them follow"), its tokens in {@code at}; else null.
     */
    private static Argument subjectReceptor(Reading r, int si, int t, int[] at) {
        Sentence s = r.sentence(si);
        for (int k = t - 1; k >= Math.max(0, t - SUBJECT_REACH); k--) {
            Mention m = r.endingAt(si, k);
            if (m != null && m.type() == EntityType.RECEPTOR && !m.anaphoric()
                    && (m.to() == t || s.lower(m.to()).equals("on"))) {
                at[0] = m.from();
                at[1] = m.to();
                return r.argument(m, EnumSet.of(EntityType.RECEPTOR));
            }
            if (s.token(k).isPunctuation()) {
                return null;
            }
        }
        return null;
    }

    /** Reads the relative clause whose verb of letting is at t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] cellAt = new int[2];
        boolean them = s.lower(t + 1).equals("them"); // "B cells carry CXCR5, which lets them follow": the carriers
        int[] carrierAt = new int[2];
        Argument cell = them ? r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, CELLS, carrierAt)
                : r.rightOf(si, t, CELL_REACH, CELLS, cellAt);
        if (cell == null) {
            return;
        }
        cellAt = them ? new int[] {t + 1, t + 2} : cellAt;
        // "lets breast cancer cells respond": past the cancer's cells noun
        int after = ProteinNominals.isCellsNoun(s.lower(cellAt[1])) ? cellAt[1] + 1 : cellAt[1];
        int verb = s.lower(after).equals("to") ? after + 1 : after; // "allows dendritic cells to sense"
        if (!UsedReceptors.SENSING.contains(s.token(verb).lemma())) {
            return; // "the receptor that lets HIV into T cells": EntryReceptors reads that
        }
        int head = s.lower(t - 2).equals(",") ? t - 3 : t - 2;
        int[] receptorAt = new int[2];
        boolean relative = Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1));
        Argument receptor = relative ? UsedReceptors.receptorHead(r, si, head, receptorAt)
                : subjectReceptor(r, si, t, receptorAt);
        if (receptor == null) {
            return;
        }
        List<Argument> cells = them ? r.withPrecedingConjuncts(si, cell, carrierAt[0], CELLS)
                : r.withFollowingConjuncts(si, cell, cellAt[1], CELLS);
        r.emit(RelationType.EXPRESSED_ON, List.of(receptor), cells, si, receptorAt[0], receptorAt[1], t, t + 1,
                "receptor-enabling", 0.75, out);
        int[] signalAt = new int[2];
        Argument ligand = UsedReceptors.sensedSignal(r, si, verb + 1, signalAt); // "respond to CXCL12", "sense CCL21"
        if (ligand != null) {
            r.emit(RelationType.BINDS, List.of(ligand), List.of(receptor), si, signalAt[0], signalAt[1], t, verb + 1,
                    "receptor-enabling", 0.7, out);
        }
    }
}
