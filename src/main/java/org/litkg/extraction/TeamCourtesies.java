package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/**
 * A team named in a courtesy rather than for research: glad of a newcomer, greeting a reader, welcoming one in,
 * or signing a letter. Such a team did no study.
 */
final class TeamCourtesies {

    /** Words of a team's gladness about a person: "The X group is thrilled to welcome you", "is glad of her". */
    private static final Set<String> GLAD = Set.of("lucky", "fortunate", "delighted", "pleased", "glad", "thrilled",
            "happy", "excited");

    /** How far after the team word its copula may be: "the lab at the University of Edinburgh are delighted". */
    private static final int GLAD_REACH = 9;

    /**
     * "The Haukeland University Hospital group is thrilled to welcome you", "the lab at the University of X are
     * delighted to announce": a team glad of a newcomer or of news, no study.
     */
    static boolean gladAfter(Sentence s, int k) {
        for (int c = k + 1; c < Math.min(s.size(), k + GLAD_REACH); c++) {
            if (s.lower(c).equals(",") || s.lower(c).equals(";")) {
                return false;
            }
            if (Copulas.COPULAS.contains(s.lower(c))) {
                int adjective = s.lower(c + 1).equals("so") || s.lower(c + 1).equals("very") ? c + 2 : c + 1;
                return GLAD.contains(s.lower(adjective));
            }
        }
        return false;
    }

    /** How far before a team's noun the greeting may stand: "Welcome to the Keller lab", "Hello from the team". */
    private static final int GREETING_REACH = 4;
    /** Greetings and the word that ties each to a team: "Welcome to", "Hello from", "Greetings from". */
    private static final java.util.Map<String, String> GREETINGS = java.util.Map.of("welcome", "to", "hello", "from",
            "hi", "from", "greetings", "from");

    /**
     * Whether the team's noun at k is what a greeting welcomes one to or comes from: "Welcome to the Keller lab at Y,
     * Tomasz!", a nurse's blog's "Hello from the haematology research team at Y": a writer's workplace, no study.
     */
    private static boolean greeted(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(1, k - GREETING_REACH); j--) {
            if (s.lower(j).equals(GREETINGS.get(s.lower(j - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A letter signed by a team with no study told before it: "Yours sincerely, / Patient Assistance Team" is who
     * wrote, not who did research. The line is the organisation's name and the team noun at k, nothing else.
     */
    private static boolean signedTeam(Reading r, int si, int k, boolean studyKnown) {
        Sentence s = r.sentence(si);
        Mention org = r.endingAt(si, k - 1);
        int end = s.lower(s.size() - 1).equals(".") ? s.size() - 1 : s.size();
        boolean named = org != null && java.util.stream.IntStream.range(0, org.from())
                .allMatch(j -> s.token(j).isCapitalised()); // "Patient Assistance Team", its org named "Assistance"
        return !studyKnown && named && k + 1 == end;
    }
    private TeamCourtesies() {
    }

    /** Whether the team word at k is named in a greeting, a welcome, gladness or a sign-off. */
    static boolean courteous(Reading r, int si, int k, boolean studyKnown) {
        Sentence s = r.sentence(si);
        return gladAfter(s, k) || greeted(s, k) || signedTeam(r, si, k, studyKnown);
    }
}
