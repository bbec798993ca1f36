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
    private static final Set<String> SUBORDINATORS = Set.of("because", "when", "while", "although", "though", "if",
            "since", "after", "before", "once", "unless", "whereas");

    /** Whether token {@code name} stands in a comparison or clause that opens the sentence and ends at a comma after it. */
    public static boolean inFrontedPhrase(Sentence s, int name) {
        if (comparisonStart(s, name) >= 0) {
            return true;
        }
        for (int j = name; j >= 0; j--) {
            if (s.lower(j).equals(",")) {
                return false;
            }
        }
        return SUBORDINATORS.contains(s.lower(0));
    }

    /** The token that opens the comparison holding token k ("Like" or "Unlike"), or -1. */
    public static int comparisonStart(Sentence s, int k) {
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

    /** Whether the sentence opens with "Like" or "Unlike" (perhaps after "Just" or "Much"). */
    public static boolean opensWithComparison(Sentence s) {
        return COMPARING.contains(s.lower(0)) || DEGREE.contains(s.lower(0)) && COMPARING.contains(s.lower(1));
    }

    /** Whether the comparison at {@code start} likens (not "unlike"). */
    public static boolean likens(Sentence s, int start) {
        return s.lower(start).equals("like");
    }
}
