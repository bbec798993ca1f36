package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Words that several recognisers and the relation patterns share: the number words that count the things a list then
 * names ("two drugs, X and Y", "three CETP inhibitors, A, B and C"), and the verbs by which a drug acts on its target.
 */
public final class ListAndTargetWords {

    /** Number words that count the things a list then names. */
    public static final Set<String> COUNTS = Set.of("two", "three", "four", "both");
    /** Verbs a drug blocks its target by: what blocks or inhibits a protein is a drug, what it acts on a target. */
    static final Set<String> BLOCKING_VERBS = Set.of("block", "inhibit", "target", "antagonize", "antagonise");
    /** Adverbs between a drug and its targeting verb: "a daily pill that also inhibits". */
    static final Set<String> TARGETING_ADVERBS = Set.of("also", "selectively", "potently", "directly", "specifically");
    /** The blocking verbs and those of binding: what a drug binds or neutralises is its target too. */
    static final Set<String> TARGETING_VERBS = Set.of("block", "inhibit", "target", "antagonize", "antagonise", "bind",
            "neutralize", "neutralise");

    private ListAndTargetWords() {
    }

    /** Whether a counting word stands among the {@code reach} tokens before {@code end}: "Three earlier CETP inhibitors". */
    public static boolean countedBefore(Sentence s, int end, int reach) {
        for (int k = end - 1; k >= Math.max(0, end - reach); k--) {
            if (COUNTS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
