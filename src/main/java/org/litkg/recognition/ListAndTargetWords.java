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
    public static final Set<String> BLOCKING_VERBS = Set.of("block", "inhibit", "target", "antagonize", "antagonise");
    /** Verbs by which an agonist switches its receptor on; the phrasal ones need their "on" ("switches on"). */
    private static final Set<String> ACTIVATING_VERBS = Set.of("activate", "stimulate");
    private static final Set<String> PHRASAL_ACTIVATING_VERBS = Set.of("switch", "turn");
    /** How far after an activating verb its receptor may be: "activates the trace amine-associated receptor 1". */
    private static final int RECEPTOR_REACH = 6;
    /** Adverbs between a drug and its targeting verb: "a daily pill that also inhibits". */
    static final Set<String> TARGETING_ADVERBS = Set.of("also", "selectively", "potently", "directly", "specifically");
    /** The blocking verbs and those of binding: what a drug binds, neutralises or silences is its target too. */
    static final Set<String> TARGETING_VERBS = Set.of("block", "inhibit", "target", "antagonize", "antagonise", "bind",
            "neutralize", "neutralise", "silence");

    private ListAndTargetWords() {
    }

    /** Words that open a bracket of examples: "(e.g. alfuzosin, doxazosin)", "(such as X)", "(including X)". */
    private static final Set<String> EXAMPLE_MARKERS = Set.of("e.g", "e.g.", "eg", "eg.", "i.e", "i.e.", "ie", "including");

    /**
     * Where the names start in a bracket of examples that opens at k: "antagonists (e.g. alfuzosin, doxazosin and
     * terazosin)", "(e.g., X)", "(such as X)"; else -1.
     */
    /** How far after a plural class the colon before its members may come. */
    private static final int COLON_REACH = 12;

    /**
     * Where the members of a plural class at token {@code head} start after the colon that closes its clause:
     * "Several small-molecule CCR5 antagonists were developed to stop HIV: maraviroc, vicriviroc and aplaviroc";
     * else -1. No other punctuation stands between the class and the colon.
     */
    public static int colonListStart(Sentence s, int head) {
        if (org.litkg.analysis.Lemmatizer.singular(s.lower(head)).equals(s.lower(head))) {
            return -1; // "a CCR5 antagonist: maraviroc" is a label's
        }
        for (int k = head + 1; k < Math.min(s.size() - 1, head + COLON_REACH); k++) {
            if (s.lower(k).equals(":")) {
                return k + 1;
            }
            if (s.token(k).isPunctuation() && !s.lower(k).equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    public static int examplesStart(Sentence s, int k) {
        if (!s.lower(k).equals("(")) {
            return -1;
        }
        int j = k + 1;
        if (s.lower(j).equals("such") && s.lower(j + 1).equals("as")) {
            j += 2;
        } else if (EXAMPLE_MARKERS.contains(s.lower(j))) {
            j += s.lower(j + 1).equals(".") ? 2 : 1; // "e.g" "." as the tokenizer may cut it
        } else {
            return -1;
        }
        return s.lower(j).equals(",") ? j + 1 : j;
    }

    /**
     * Whether the verb at {@code verb} switches a receptor on, the receptor named within the clause after it:
     * "activates the somatostatin receptor", "switches on the aryl hydrocarbon receptor".
     */
    static boolean activatesReceptor(Sentence s, int verb) {
        String lemma = verb < s.size() ? s.token(verb).lemma() : "";
        boolean phrasal = PHRASAL_ACTIVATING_VERBS.contains(lemma) && s.lower(verb + 1).equals("on");
        if (!ACTIVATING_VERBS.contains(lemma) && !phrasal) {
            return false;
        }
        for (int k = verb + 1; k < Math.min(s.size(), verb + 1 + RECEPTOR_REACH); k++) {
            if (s.lower(k).equals(".") || s.lower(k).equals(",")) {
                return false;
            }
            if (s.lower(k).startsWith("receptor")) {
                return true;
            }
        }
        return false;
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
