package org.litkg.extraction;

import org.litkg.analysis.Sentence;

/**
 * An erratum's or a correction's quoted wrong text: in 'The sentence "X is an inhibitor of Y" should have read "..."',
 * or an errata list's 'for "X blocks Y" read "X blocks Z"', the first quotation is what the article wrongly said, so
 * what is read inside it is denied. The corrected quotation after "should have read" or "read" is read as usual. A
 * quotation the correction calls wrong ('"rituximab blocks CCR6" was an editing error') is retracted too, and a
 * reported claim that the next sentence says again otherwise ("said that the trial was run by Y. It was run by Z") is
 * denied.
 */
final class Corrections {

    private Corrections() {
    }

    /** Whether the trigger at {@code triggerStart} is inside a quotation that a later "should (have) read" corrects. */
    static boolean retracted(Sentence s, int triggerStart) {
        int quoteBefore = -1;
        for (int k = triggerStart - 1; k >= 0 && quoteBefore < 0; k--) {
            quoteBefore = Modality.QUOTES.contains(s.token(k).text()) ? k : -1;
        }
        if (quoteBefore < 0) {
            return false;
        }
        boolean closed = false;
        for (int k = triggerStart + 1; k < s.size(); k++) {
            boolean closing = !closed && Modality.QUOTES.contains(s.token(k).text());
            closed |= closing;
            boolean errataFor = closing && s.lower(k + 1).equals("read") && s.lower(quoteBefore - 1).equals("for");
            if (closed && s.lower(k).equals("should") && correctsBy(s, k + 1) || closing && calledWrong(s, k + 1)
                    || errataFor) { // an errata list's 'for "X blocks Y" read "X blocks Z"'
                return true;
            }
        }
        return false;
    }

    /** Words that call a quoted sentence wrong: '"X blocks Y" was an editing error', 'was incorrect'. */
    private static final java.util.Set<String> WRONG_WORDS = java.util.Set.of("error", "mistake", "incorrect", "wrong",
            "erroneous", "inaccurate", "typo");
    /** How many words may stand between the copula and the word that calls the quotation wrong: "an editing error". */
    private static final int WRONG_REACH = 3;

    /** Whether the words from k, right after a quotation closes, say it was wrong: "was an editing error", "is incorrect". */
    private static boolean calledWrong(Sentence s, int k) {
        if (!s.lower(k).equals("was") && !s.lower(k).equals("is")) {
            return false;
        }
        for (int j = k + 1; j <= k + WRONG_REACH && j < s.size(); j++) {
            if (WRONG_WORDS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "read", "have read", "instead read": what follows "should" in a correction (not "should have been", which a
     * speaker's quotation may go on with).
     */
    private static boolean correctsBy(Sentence s, int k) {
        String next = s.lower(k);
        return next.equals("read") || (next.equals("have") || next.equals("instead")) && s.lower(k + 1).equals("read");
    }

    /** How far a quotation's words may run before the one the next sentence corrects. */
    private static final int QUOTED_WORDS = 8;

    /**
     * 'The legend still says "CCL2 binds CCR5". CCL2 binds CCR2, not CCR5.': a quoted claim, opening before
     * {@code firstArgStart}, that the next sentence says again with its own opening words and one word put right,
     * the quoted word set against it by "not", is denied.
     */
    static boolean quotedThenCorrected(Sentence claim, Sentence next, int firstArgStart) {
        int quote = firstArgStart - 1;
        while (quote >= 0 && !Modality.QUOTES.contains(claim.token(quote).text())) {
            quote--;
        }
        if (quote < 0 || next == null || next.size() < 2 || !claim.lower(quote + 1).equals(next.lower(0))
                || !claim.lower(quote + 2).equals(next.lower(1))) {
            return false;
        }
        for (int w = 2; w < QUOTED_WORDS && quote + 1 + w < claim.size() && w < next.size(); w++) {
            String quoted = claim.lower(quote + 1 + w);
            if (Modality.QUOTES.contains(quoted)) {
                return false;
            }
            if (!quoted.equals(next.lower(w))) {
                for (int k = w + 1; k + 1 < next.size(); k++) {
                    if (next.lower(k).equals("not") && next.lower(k + 1).equals(quoted)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Marks that follow a true-or-false statement to say it is false, and what may come after one. */
    private static final java.util.Set<String> FALSE_MARKS = java.util.Set.of("FALSE", "False", "✗", "✘");
    private static final java.util.Set<String> AFTER_MARK = java.util.Set.of("-", "–", "—", ":", ".", "!", ";");

    /** Whether the next sentence opens with a mark calling the one before false: "FALSE - reparixin blocks CXCR1". */
    static boolean markedFalse(Sentence next) {
        return next != null && next.size() > 0 && FALSE_MARKS.contains(next.token(0).text())
                && (next.size() == 1 || AFTER_MARK.contains(next.lower(1)));
    }

    /**
     * Where the claim before {@code firstArgStart} is reported: its "that" ("said that the drug blocks CCR8"), or the
     * reporting verb itself when "that" is left out, right before the claim's subject ("An earlier version said the
     * antibody blocks CCR8"); else -1.
     */
    static int reportedAt(Sentence claim, int firstArgStart) {
        int that = Modality.reportedThat(claim, firstArgStart);
        int verb = Reading.ARTICLES.contains(claim.lower(firstArgStart - 1)) ? firstArgStart - 2 : firstArgStart - 1;
        return that > 0 || verb < 1 || !Modality.REPORTING.contains(claim.lower(verb)) ? that : verb;
    }

    /** How many words after the restated verb must agree for the restatement to be the claim itself. */
    private static final int RESTATED_WORDS = 8;

    /** Words that add to a claim rather than correct it: "It binds CCR4 as well", "It also blocks". */
    private static final java.util.Set<String> ADDING = java.util.Set.of("also", "too", "well", "both", "additionally");

    /**
     * "The article said that the trial was run by the University of Leeds. It was run by the University of Sheffield",
     * "An article said that maraviroc blocks CXCR4. It blocks CCR5.": the next sentence says the claim's verb again
     * ("was run", "blocks") with other words after it, correcting the claim (but not "It binds CCR4 as well").
     */
    static boolean restatedOtherwise(Sentence claim, Sentence next, int that) {
        boolean auxiliary = Modality.DENYING_AUXILIARIES.contains(next.lower(1));
        int said = auxiliary ? 3 : 2; // where the restatement's words after its verb begin
        if (java.util.stream.IntStream.range(0, next.size()).anyMatch(k -> ADDING.contains(next.lower(k)))) {
            return false;
        }
        for (int j = that + 1; j + 1 < claim.size(); j++) {
            if (claim.lower(j).equals(next.lower(1)) && (!auxiliary || claim.lower(j + 1).equals(next.lower(2)))) {
                int from = j + said - 1;
                for (int w = 0; w < RESTATED_WORDS && said + w < next.size() && from + w < claim.size(); w++) {
                    if (Modality.CLAUSE_BREAKS.contains(claim.lower(from + w))) {
                        return false; // "It was run by the University of Leeds and two others": the claim, said again
                    }
                    if (!claim.lower(from + w).equals(next.lower(said + w))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
