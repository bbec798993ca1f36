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
     * Whether the comma at k closes a verbless phrase the sentence, or a clause after "that", opens with a preposition:
     * "In pancreatic cancer, the stroma holds", "In WHIM syndrome, mutations in CXCR4 keep", "found that in severe flu,
     * the cells lining the airways release" (not "In most adults the mast cells carry KIT, the receptor for SCF", a
     * clause).
     */
    public static boolean closesOpeningPhrase(Sentence s, int k) {
        int first = afterLabel(s); // "BACKGROUND: In ADPKD, the epithelial cells ...": a structured abstract's label
        first = PLACE_ADVERBS.contains(s.lower(first)) ? first + 1 : first; // a sonnet's "Deep in the bone, the cells"
        int open = s.token(first).pos().equals("ADP") ? first : afterThat(s, k); // or "found that in severe flu, the cells"
        if (k < 2 || !s.lower(k).equals(",") || open < 0 || !s.token(open).pos().equals("ADP")) {
            return false;
        }
        for (int j = open + 1; j < k; j++) {
            String pos = s.token(j).pos();
            boolean verb = (pos.equals("VERB") || pos.equals("AUX")) && !TAGGED_AS_VERBS.contains(s.lower(j));
            if (s.lower(j).equals(",") || verb) {
                return false;
            }
        }
        return true;
    }

    /** Adjectives the tagger calls verbs: "In mice prone to heart disease, the walls ... release". */
    private static final Set<String> TAGGED_AS_VERBS = Set.of("prone", "susceptible", "resistant", "deficient");

    /** The token after a verbless phrase opening the sentence before k ("In the liver,"), else 0. */
    public static int openingPhraseEnd(Sentence s, int k) {
        for (int c = 1; c < k; c++) {
            if (s.lower(c).equals(",")) {
                return closesOpeningPhrase(s, c) ? c + 1 : 0;
            }
        }
        return 0;
    }

    /** Adverbs that may stand before a fronted phrase's preposition: "Deep in the bone,", "Far from the tumour,". */
    private static final Set<String> PLACE_ADVERBS = Set.of("deep", "far", "right", "just", "here", "there", "back",
            "down", "up", "high", "low", "out", "way");

    /** How many capitalised words a run-in label ("BACKGROUND:", "STUDY DESIGN:") may have before its colon. */
    private static final int LABEL_WORDS = 3;

    /**
     * The token after a structured abstract's label in capitals and its colon opening the sentence, or after a note's
     * short label ("Answer so far: in the melanomas full of T cells, the tumour cells make"); else 0.
     */
    private static int afterLabel(Sentence s) {
        for (int k = 0; k < Math.min(s.size() - 1, LABEL_WORDS); k++) {
            String w = s.token(k).text();
            if (w.length() < 2 || !w.chars().allMatch(Character::isUpperCase)) {
                return s.lower(k).equals(":") && k > 0 ? k + 1 : s.labelColon(LABEL_WORDS) + 1;
            }
        }
        return 0;
    }

    /** The token after the nearest "that" before k, with no comma between, where a complement clause opens; else -1. */
    private static int afterThat(Sentence s, int k) {
        for (int j = k - 1; j > 0; j--) {
            if (s.lower(j).equals("that")) {
                return j + 1;
            }
            if (s.lower(j).equals(",")) {
                return -1;
            }
        }
        return -1;
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
        int clause = clauseStart(s);
        for (int j = k; j >= clause && k - j <= MAX_WORDS; j--) {
            String w = s.lower(j);
            if (w.equals(",")) {
                return -1;
            }
            if (COMPARING.contains(w) && (j == clause || j == clause + 1 && DEGREE.contains(s.lower(clause)))) {
                return j;
            }
        }
        return -1;
    }

    /** How many words may come before a colon that opens the clause a comparison starts: "How X works: like Y, it". */
    private static final int MAX_LEAD_WORDS = 6;

    /**
     * Where the sentence's main clause opens: 0, or after a short lead that ends in a colon ("How momelotinib works:
     * like ruxolitinib, it inhibits JAK1") when a comparison follows the colon.
     */
    private static int clauseStart(Sentence s) {
        for (int k = 1; k <= MAX_LEAD_WORDS && k + 1 < s.size(); k++) {
            if (s.lower(k).equals(":")) {
                int w = DEGREE.contains(s.lower(k + 1)) ? k + 2 : k + 1;
                return COMPARING.contains(s.lower(w)) ? k + 1 : 0;
            }
        }
        return 0;
    }

    /** The colon that ends a short lead before a comparison ("How X works: like Y, ..."), or -1. */
    public static int leadColon(Sentence s) {
        return clauseStart(s) - 1;
    }

    /** The comma that closes a "Like X," (perhaps "Just like") opening the sentence or its main clause, or -1. */
    public static int likeningComma(Sentence s) {
        return comparisonComma(s, false);
    }

    /**
     * The comma that closes a "Like X," or "Unlike X," opening the sentence or its main clause, or -1: the subject
     * after it is the clause's, not X ("Unlike prednisone, it also blocks the receptor").
     */
    public static int comparisonComma(Sentence s) {
        return comparisonComma(s, true);
    }

    private static int comparisonComma(Sentence s, boolean unlike) {
        int clause = clauseStart(s);
        int like = DEGREE.contains(s.lower(clause)) ? clause + 1 : clause;
        if (!s.lower(like).equals("like") && !(unlike && s.lower(like).equals("unlike"))) {
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
