package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * How a text introduces a drug's name after the noun that says it is one, where the name is not right after the noun:
 * set off by commas after a maker's phrase ("An antibody developed in her laboratory, BIMM-7, blocks"), or named by a
 * relative clause ("One compound, which they named lichenamide C, blocks").
 */
public final class IntroducedNames {

    private IntroducedNames() {
    }

    /** How many words may name who names the drug in a relative clause: "which they named", "that the team called". */
    private static final int NAMER_WORDS = 3;

    /** Naming verbs in the present, which only a relative clause's subject makes naming: "which we call X". */
    private static final Set<String> PRESENT_NAMING = Set.of("call", "name", "dub", "term");

    /** The words of who names a compound, before the naming verb: "which the team has named", "that they call". */
    private static final Set<String> NAMER_TOKENS = Set.of("they", "we", "the", "its", "their", "our", "team", "group",
            "researchers", "scientists", "authors", "makers", "developers", "company", "have", "has", "had", "now",
            "later", "then", "since");
    /** Who may name a compound in a clause with no relative pronoun: "a CXCR2 antagonist they call X". */
    private static final Set<String> BARE_NAMERS = Set.of("they", "we");

    /**
     * ", which they named X", ", which we call X", ", that the team called X", and without the comma "an inhibitor that
     * they have named X" or "a CXCR2 antagonist they call X": the token after the naming word of a relative clause that
     * opens at k, right after a drug noun; -1 where there is none.
     */
    public static int namingClauseAfter(Sentence s, int k, Cues cues) {
        boolean comma = s.lower(k).equals(",");
        int clause = comma ? k + 1 : k;
        boolean relative = s.lower(clause).equals("which") || s.lower(clause).equals("that");
        if (!relative && (comma || !BARE_NAMERS.contains(s.lower(clause)))) {
            return -1;
        }
        int namer = relative ? clause + 1 : clause;
        for (int j = namer; j < s.size() - 1 && j <= namer + NAMER_WORDS; j++) {
            if (cues.is(Cues.Category.NAMING_WORD, s.lower(j)) || PRESENT_NAMING.contains(s.lower(j))) {
                return j > namer ? j + 1 : -1; // "which they named", not "which called"
            }
            if (!NAMER_TOKENS.contains(s.lower(j))) {
                return -1; // "a tablet that blocks an enzyme called IDO1": the clause's verb is no naming
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
     * "An antibody developed in her laboratory, BIMM-7, blocks", "an antibody they developed, BHM-06, blocks": the
     * comma after a maker's phrase that opens at k, when a name closed by a comma follows it; else -1.
     */
    static int participleCommaAfter(Sentence s, int k) {
        int maker = s.lower(k).equals("that") || s.lower(k).equals("which") ? k + 1 : k;
        if (BARE_NAMERS.contains(s.lower(maker)) && MADE.contains(s.lower(maker + 1))) {
            k = maker + 1; // "An antibody they developed, BHM-06, blocks": the makers' clause, as the participle's
        }
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
