package org.litkg.extraction;

import org.litkg.analysis.Sentence;

/**
 * An erratum's or a correction's quoted wrong text: in 'The sentence "X is an inhibitor of Y" should have read "..."',
 * the first quotation is what the article wrongly said, so nothing read inside it is stated. The corrected quotation
 * after "should have read" is read as usual.
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
            closed |= Modality.QUOTES.contains(s.token(k).text());
            if (closed && s.lower(k).equals("should") && correctsBy(s, k + 1)) {
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
}
