package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * How much of a protein a cell shows, said between the verb and where: "expressed at high levels on effector Tregs",
 * "found at low density on". The phrase says nothing of the place, which comes after it.
 */
final class LevelPhrases {

    /** Nouns of amount closing such a phrase. */
    private static final Set<String> LEVEL_NOUNS = Set.of("level", "levels", "density", "densities", "amounts",
            "abundance");
    /** How many words may stand between "at" and its noun: "at very high levels". */
    private static final int LEVEL_WORDS = 3;

    private LevelPhrases() {
    }

    /** The token after a level phrase starting at k ("at high levels"), or k where there is none. */
    static int pastLevel(Sentence s, int k) {
        if (!s.lower(k).equals("at")) {
            return k;
        }
        for (int j = k + 1; j < s.size() && j <= k + LEVEL_WORDS; j++) {
            if (LEVEL_NOUNS.contains(s.lower(j))) {
                return j + 1;
            }
            if (!s.token(j).text().equals(s.lower(j))) {
                return k;
            }
        }
        return k;
    }

    /** Whether a level phrase ends at token k: "at high levels" before "on". */
    static boolean endsLevel(Sentence s, int k) {
        if (!LEVEL_NOUNS.contains(s.lower(k))) {
            return false;
        }
        for (int at = k - 1; at >= Math.max(0, k - LEVEL_WORDS); at--) {
            if (s.lower(at).equals("at")) {
                return pastLevel(s, at) == k + 1;
            }
        }
        return false;
    }
}
