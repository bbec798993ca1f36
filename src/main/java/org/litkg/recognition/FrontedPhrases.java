package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A name in a phrase that opens the sentence before a comma: a comparison ("Like native FGF21, the drug binds FGFR1c",
 * "Unlike haloperidol, ecopipam ...") or a subordinate clause ("Because muscle cells lack the enzyme, the drug ...").
 * The noun after the comma starts the main clause; it does not describe the name.
 */
public final class FrontedPhrases {

    private static final Set<String> COMPARING = Set.of("like", "unlike");
    /** Adverbs before "like": "Just like", "Much like". */
    private static final Set<String> DEGREE = Set.of("just", "much", "very");
    /** How far before the comma the comparison may open: "Like the hormone it copies, native FGF21". */
    private static final int MAX_WORDS = 8;

    private FrontedPhrases() {
    }

    /** Subordinators that open a fronted clause. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "after", "before", "because", "although",
            "though", "if", "once", "since", "as", "whereas", "unless", "until");

    /** Whether token {@code name} stands in a comparison or clause that opens the sentence and ends at a comma after it. */
    public static boolean inFrontedPhrase(Sentence s, int name) {
        return comparisonStart(s, name) >= 0 || closesFrontedClause(s, name + 1);
    }

    /**
     * Whether the sentence opens with a subordinate clause that no comma before token {@code k} has closed: "When CAR T
     * cells attack leukemia cells, macrophages respond" (for k at the comma or before it).
     */
    public static boolean closesFrontedClause(Sentence s, int k) {
        if (!SUBORDINATORS.contains(s.lower(0))) {
            return false;
        }
        for (int j = 1; j < k; j++) {
            if (s.lower(j).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The token that opens the comparison holding token k ("Like" or "Unlike"), or -1. */
    private static int comparisonStart(Sentence s, int k) {
        for (int j = k; j >= 0 && k - j <= MAX_WORDS; j--) {
            String w = s.lower(j);
            if (w.equals(",")) {
                return -1;
            }
            if (COMPARING.contains(w) && (j == 0 || j == 1 && DEGREE.contains(s.lower(0)))) {
                return j;
            }
        }
        return -1;
    }

    /** The comma that closes a sentence-opening "Like X," (perhaps "Just like"), or -1; not for "Unlike". */
    public static int likeningComma(Sentence s) {
        int like = DEGREE.contains(s.lower(0)) ? 1 : 0;
        if (!s.lower(like).equals("like")) {
            return -1;
        }
        for (int k = like + 1; k < s.size() && k - like <= MAX_WORDS + 1; k++) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }
}
