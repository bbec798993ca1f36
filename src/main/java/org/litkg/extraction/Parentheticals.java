package org.litkg.extraction;

import org.litkg.analysis.Sentence;

/** Short parentheticals a name may carry ("phosphodiesterase 3 (PDE3)"), which the patterns read past. */
final class Parentheticals {

    private Parentheticals() {
    }

    /** The last token before a parenthesis that closes at {@code k} ("the glucocorticoid receptor (GR)"), else k. */
    static int before(Sentence s, int k) {
        if (!s.lower(k).equals(")")) {
            return k;
        }
        for (int j = k - 1; j > 0 && k - j <= 8; j--) {
            if (s.lower(j).equals("(")) {
                return j - 1;
            }
        }
        return k;
    }

    /** The token after a short parenthetical that opens at k ("(PDE3)"), else k. */
    static int after(Sentence s, int k) {
        if (!s.lower(k).equals("(")) {
            return k;
        }
        for (int j = k + 1; j < s.size() && j - k <= 6; j++) {
            if (s.lower(j).equals(")")) {
                return j + 1;
            }
        }
        return k;
    }
}
