package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.Span;

/**
 * What the words right before an argument say about it: "no" and "neither ... nor" deny it ("cells that make no
 * CCL22", "blocks neither CCR5 nor CXCR4"), "a type of" makes it a kind rather than the thing ("summoning a type
 * of immune cell that shuts down the attack" names no cell), and "an" makes a drug any one of a kind, which no
 * regulator approves as such ("bets that an antibody against CCR8 will be approved by the FDA").
 */
final class ArgumentDeterminers {

    private ArgumentDeterminers() {
    }

    /** Determiners that deny the argument after them. */
    private static final Set<String> DENYING = Set.of("no", "neither", "nor");
    /** Nouns of a kind before "of" that make the argument after them a class, not the thing. */
    private static final Set<String> KIND_NOUNS = Set.of("type", "types", "kind", "kinds", "sort");

    static boolean denied(Sentence s, Span argument) {
        int k = s.tokenStartingAt(argument.start());
        return k >= 1 && DENYING.contains(s.lower(k - 1));
    }

    /**
     * Whether a determiner denies either argument, or either is set against another by "not" (Modality.setAgainst):
     * the object wherever it stands ("blocks CCR5, not CXCR4"), the subject only after the trigger ("inhibitors such
     * as apixaban, not dabigatran"), since "but not by NS-398, a selective COX-2 inhibitor" still says what NS-398 is.
     */
    static boolean eitherDenied(Sentence s, Span subject, Span object, int triggerFrom) {
        boolean subjectAfter = s.tokenStartingAt(subject.start()) > triggerFrom;
        return denied(s, subject) || denied(s, object) || Modality.setAgainst(s, object)
                || subjectAfter && Modality.setAgainst(s, subject);
    }

    /** Whether the object is a kind of thing, or the relation an approval of a drug no name picks out. */
    static boolean unfit(RelationType relation, Sentence s, Span subject, Span object) {
        int k = s.tokenStartingAt(subject.start());
        boolean anyOne = k >= 1 && (s.lower(k - 1).equals("an") || s.lower(k - 1).equals("a"));
        return kindOf(s, object) || relation == RelationType.APPROVED_BY && anyOne;
    }

    static boolean kindOf(Sentence s, Span argument) {
        int k = s.tokenStartingAt(argument.start());
        return k >= 2 && s.lower(k - 1).equals("of") && KIND_NOUNS.contains(s.lower(k - 2))
                && !namedCells(s, k, argument);
    }

    /** The first words of cells named by no more than their place in the body's defences: "immune cell". */
    private static final Set<String> GENERIC_CELL_WORDS = Set.of("immune", "white", "blood", "cell", "cells");

    /**
     * Whether the argument at token k names a type of cell more than a class of them: "a rare kind of dendritic cell"
     * is a subset of dendritic cells, and what is on it is on dendritic cells, where "a type of immune cell" names no
     * one type.
     */
    private static boolean namedCells(Sentence s, int k, Span argument) {
        int last = k;
        while (last + 1 < s.size() && s.token(last + 1).span().end() <= argument.end()) {
            last++;
        }
        return last > k && ProteinNominals.isCellsNoun(s.lower(last)) && !GENERIC_CELL_WORDS.contains(s.lower(k));
    }
}
