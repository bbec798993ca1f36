package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * How a text introduces a drug's name after the noun that says it is one, where the name is not right after the noun:
 * set off by commas after a maker's phrase ("An antibody developed in her laboratory, BIMM-7, blocks"), or named by a
 * relative clause ("One compound, which they named lichenamide C, blocks").
 */
final class IntroducedNames {

    private IntroducedNames() {
    }

    /** How many words may name who names the drug in a relative clause: "which they named", "that the team called". */
    private static final int NAMER_WORDS = 3;

    /** Naming verbs in the present, which only a relative clause's subject makes naming: "which we call X". */
    private static final Set<String> PRESENT_NAMING = Set.of("call", "name", "dub", "term");

    /**
     * ", which they named X", ", which we call X", ", that the team called X": the token after the naming word of a relative clause that
     * opens with the comma at k, right after a drug noun; -1 where there is none.
     */
    static int namingClauseAfter(Sentence s, int k, Cues cues) {
        if (!s.lower(k).equals(",") || !s.lower(k + 1).equals("which") && !s.lower(k + 1).equals("that")) {
            return -1;
        }
        for (int j = k + 2; j < s.size() - 1 && j <= k + 2 + NAMER_WORDS; j++) {
            if (cues.is(Cues.Category.NAMING_WORD, s.lower(j)) || PRESENT_NAMING.contains(s.lower(j))) {
                return j > k + 2 ? j + 1 : -1; // "which they named", not "which called"
            }
        }
        return -1;
    }

    /** Participles of making a drug, which a short phrase after the drug noun may open: "developed in her laboratory". */
    private static final Set<String> MADE = Set.of("developed", "made", "designed", "engineered",
            "discovered", "created", "invented");
    /** How long that phrase may be, to the comma before the name: "developed in her laboratory". */
    private static final int MADE_PHRASE_WORDS = 6;

    /**
     * "An antibody developed in her laboratory, BIMM-7, blocks": the comma after a maker's phrase that opens at k, when a
     * name closed by a comma follows it; else -1.
     */
    static int participleCommaAfter(Sentence s, int k) {
        if (!MADE.contains(s.lower(k))) {
            return -1;
        }
        for (int c = k + 1; c < Math.min(s.size() - 2, k + 1 + MADE_PHRASE_WORDS); c++) {
            if (s.lower(c).equals(",")) {
                return closesApposedName(s, c + 2) ? c : -1;
            }
        }
        return -1;
    }

    /** Whether the token at k closes a name set off after a comma: a comma, a bracket, or the sentence's final stop. */
    static boolean closesApposedName(Sentence s, int k) {
        return s.lower(k).equals(",") || s.lower(k).equals("(") || k == s.size() - 1 && s.lower(k).equals(".");
    }
}
