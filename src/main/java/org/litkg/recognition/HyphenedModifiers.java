package org.litkg.recognition;

import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Lower-case compounds before a name's head, whether the tokenizer cut them at their hyphens or left them whole:
 * "tumour-resident" and "tumour-infiltrating" join a cell's name, "insulin-making" says only what the cells make.
 */
final class HyphenedModifiers {

    private HyphenedModifiers() {
    }

    /** The last words of compounds that say what a cell makes: "insulin-making", "antibody-secreting". */
    private static final java.util.Set<String> PRODUCING = java.util.Set.of("making", "producing", "secreting",
            "releasing");

    /** Whether token k ends a compound saying what the cells after it make, left whole or cut at its hyphen. */
    static boolean isProducer(Sentence s, int k) {
        String w = s.lower(k);
        return k >= 1 && PRODUCING.contains(w) && s.isJoiningHyphen(k - 1)
                || w.indexOf('-') > 0 && PRODUCING.contains(w.substring(w.lastIndexOf('-') + 1));
    }

    /**
     * Where "X-like" before the head "cells" begins, X a modifier of cells: "glioma stem-like cells" and
     * "macrophage-like cells" are cells named by the kind they resemble; else the head itself.
     */
    static int likenedStart(Sentence s, int head, java.util.function.Predicate<Token> isCellModifier) {
        boolean likened = head >= 3 && s.lower(head - 1).equals("like") && s.isJoiningHyphen(head - 2)
                && isCellModifier.test(s.token(head - 3));
        return likened ? head - 3 : head;
    }

    /**
     * A lower-case word hyphened to the next, as the tokenizer cuts "tumour-resident" (not "FLT3-expressing",
     * "virus-infected").
     */
    static boolean isCompoundModifier(Sentence s, int k) {
        return s.isJoiningHyphen(k + 1)
                // or "Triple-negative" opening the sentence
                && (isLowerWord(s.token(k).text()) || k == 0 && isLowerWord(s.token(k).lower()))
                && isLowerWord(s.token(k + 2).text()) && !s.lower(k + 2).equals("infected");
    }

    /**
     * A lower-case compound the tokenizer left whole at token k, "tumour-associated" (not "so-called", nor
     * "virus-infected"), or capitalised as it opens the sentence: "Tumour-associated macrophages release".
     */
    static boolean isHyphenedAt(Sentence s, int k) {
        String w = k == 0 ? s.token(k).lower() : s.token(k).text();
        int hyphen = w.indexOf('-');
        return hyphen > 1 && !w.equals("so-called") && !w.endsWith("-infected") && isLowerWord(w.substring(0, hyphen))
                && isLowerWord(w.substring(hyphen + 1));
    }

    private static boolean isLowerWord(String w) {
        return w.length() >= 2 && w.chars().allMatch(Character::isLowerCase);
    }
}
