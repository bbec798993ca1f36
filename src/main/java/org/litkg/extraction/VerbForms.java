package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * A relation verb's form where it stands, which the tagger does not settle ("blocks" is a noun as often as a verb):
 * a past form, a form of "be" before it past adverbs ("is also blocked"), a numeral before it ("two blocks").
 */
final class VerbForms {

    private static final Set<String> ADVERB_LIKE = Set.of("not", "n't", "also", "already", "currently", "now", "still",
            "then", "yet", "further", "never", "recently", "previously", "first", "since", "just", "only", "even", "there",
            "back", "fast", "tight"); // "held there by CXCL12", "held fast by CXCL12"
    /** Forms of "be", and of the verbs of staying that make a past participle a passive too ("stay trapped in"). */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
            "stay", "stays", "stayed", "remain", "remains", "remained");

    private VerbForms() {
    }

    static boolean isPastForm(Token t) {
        String w = t.lower();
        return !w.equals(t.lemma()) && !w.endsWith("ing") && !(w.endsWith("s") && !w.endsWith("ss"));
    }

    /** Verbs whose past participle is their base form: "the cells are set free", "is put to work". */
    private static final Set<String> UNCHANGED_PARTICIPLES = Set.of("set", "put", "let", "cut", "shut", "spread",
            "shed");

    /** A past participle, or a verb whose participle looks like its base form ("set"), which "be" makes passive. */
    static boolean isParticiple(Token t) {
        return isPastForm(t) || UNCHANGED_PARTICIPLES.contains(t.lower());
    }

    /** Whether a preposition one of the verb's senses takes (other than "with") comes right after the verb at t. */
    static boolean particleAfter(Sentence s, int t, java.util.List<Trigger> senses) {
        String next = s.lower(t + 1);
        return !next.isEmpty() && !next.equals("with") && senses.stream().anyMatch(x -> x.preposition().equals(next));
    }

    static boolean isAdverb(String w) {
        // "are thereby freed": an outcome's adverb stands between "be" and its participle too
        return w.endsWith("ly") || ADVERB_LIKE.contains(w) || ConsequentPassives.OUTCOME_ADVERBS.contains(w);
    }

    /** "only one target", "two blocks": a noun counted by the numeral before it, which agrees with it in number. */
    static boolean isCounted(Sentence s, int t) {
        boolean one = s.lower(t - 1).equals("one") && s.lower(t).equals(s.token(t).lemma());
        return one || COUNTS.contains(s.lower(t - 1)) && s.lower(t).endsWith("s");
    }

    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "several");

    static boolean beBefore(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
            String w = s.lower(k);
            if (BE.contains(w)) {
                return true;
            }
            if (!isAdverb(w)) {
                return false;
            }
        }
        return false;
    }

    /** How far before a coordinated participle's "and" the shared "was" may stand: "was led by Dr. X Y and run". */
    private static final int SHARED_BE_REACH = 8;

    /**
     * "The trial was led by Dr. X and run with Y": the participle at t follows "and", and a form of "be" before it, with
     * no clause break between, serves it as it serves the first participle.
     */
    static boolean sharedBeBefore(Sentence s, int t) {
        if (!s.lower(t - 1).equals("and")) {
            return false;
        }
        for (int j = t - 2; j >= Math.max(0, t - 1 - SHARED_BE_REACH); j--) {
            if (s.lower(j).equals(",") || s.lower(j).equals(";")) {
                return false;
            }
            if (BE.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the verb group ending at token t starts: past the forms of "be" and "have" and the adverbs before the
     * verb ("was approved", "has since been approved"), t itself where there are none.
     */
    static int groupStart(Sentence s, int t) {
        int start = t;
        for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
            String w = s.lower(k);
            if (!BE.contains(w) && !HAVE.contains(w) && !isAdverb(w)) {
                break;
            }
            start = k;
        }
        return start;
    }

    static final Set<String> HAVE = Set.of("has", "have", "had");
    /** Tags of the words a perfect's "have" takes before its participle, which no object of "have" ends with. */
    private static final Set<String> NOT_OBJECTS = Set.of("DET", "ADV", "AUX", "PRON", "PART");

    /**
     * Verbs whose object a past participle after it describes: "keeps white blood cells trapped in the marrow",
     * "children with WHIM syndrome have neutrophils trapped in the bone marrow".
     */
    private static final Set<String> KEEPING = Set.of("keep", "keeps", "kept", "leave", "leaves", "left", "have", "has",
            "had");
    /** How many words the object between the keeping verb and the participle may have. */
    private static final int KEPT_OBJECT_WORDS = 4;

    /** Where cells held in a place are: "stuck in the bone marrow". */
    private static final Set<String> HELD_IN = Set.of("in", "inside", "within");

    /**
     * Whether the past participle at t is a passive without its "by": after "be" ("are trapped in"), after a keeping
     * verb and its object ({@link #keptBefore}), or opening an aside on the name before it with the place it is held
     * in after it ("Her neutrophils, stuck in the bone marrow for years, now reach her blood").
     */
    static boolean passiveWithoutBy(Sentence s, int t) {
        boolean heldAside = t >= 2 && s.lower(t - 1).equals(",") && HELD_IN.contains(s.lower(t + 1));
        return beBefore(s, t) || keptBefore(s, t) || heldAside;
    }

    /** Whether a keeping verb and its object come right before the past participle at t. */
    private static boolean keptBefore(Sentence s, int t) {
        for (int k = t - 2; k >= Math.max(0, t - 1 - KEPT_OBJECT_WORDS); k--) {
            if (KEEPING.contains(s.lower(k))) {
                // "have neutrophils trapped": a noun before the participle (the tagger may call it a verb), not a
                // perfect's "have both approved", "has been approved", "have not approved"
                return !HAVE.contains(s.lower(k)) || !NOT_OBJECTS.contains(s.token(t - 1).pos());
            }
            if (s.token(k).isPunctuation() || s.token(k).pos().equals("VERB") || s.token(k).pos().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb at t is a singular one in a relative clause opening right after the name that ends at {@code
     * end}: in "X, an antibody that blocks ST2, and itepekimab, which binds IL-33," only itepekimab binds (a plural
     * "which bind" would be said of both).
     */
    static boolean ownRelativeClause(Sentence s, int end, int t) {
        String verb = s.lower(t);
        return s.lower(end).equals(",") && Reading.RELATIVE_PRONOUNS.contains(s.lower(end + 1)) && t == end + 2
                && verb.endsWith("s") && !verb.endsWith("ss");
    }

    /** "by switching on", "possibly by switching on": a gerund whose agent is the subject of the clause it modifies. */
    static boolean byGerund(Sentence s, int t) {
        return s.lower(t - 1).equals("by") || s.lower(t - 2).equals("by") && s.token(t - 1).pos().equals("ADV");
    }
}
