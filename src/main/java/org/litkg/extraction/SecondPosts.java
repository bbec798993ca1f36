package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A second post in the same apposition, joined by "and": "Dr. X, a gastroenterologist at Brigham and Women's Hospital
 * and associate professor of medicine at Harvard Medical School". The person works at both places.
 */
final class SecondPosts {

    /** How many words the second post's title may take between "and" and its "at": "associate professor of medicine". */
    private static final int TITLE_WORDS = 6;

    private SecondPosts() {
    }

    /**
     * Every workplace named from the organisation {@code org} on: the institutions it belongs to, and a second post's
     * ("at Y of Z and professor of medicine at W"), the wholes before their units.
     */
    static List<Mention> workplacesFrom(Reading r, int si, Mention org) {
        return InstitutionParts.wholes(with(r, si, Workplaces.institutionChain(r, si, org)));
    }

    /** The workplaces found ({@code chain}, in the order read), with the second post's organisation where one follows. */
    static List<Mention> with(Reading r, int si, List<Mention> chain) {
        Sentence s = r.sentence(si);
        int end = afterPossessed(s, chain.stream().mapToInt(Mention::to).max().orElse(-1));
        if (end < 0 || !s.lower(end).equals("and")) {
            return chain;
        }
        for (int k = end + 1; k < s.size() - 1 && k <= end + 1 + TITLE_WORDS; k++) {
            String w = s.lower(k);
            boolean word = w.chars().allMatch(Character::isLetter) && s.token(k).text().equals(w) || w.equals("a")
                    || w.equals("an");
            if (w.equals("at")) {
                int name = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
                Mention second = r.startingAt(si, name);
                boolean post = k > end + 1 && r.cues.isRoleNoun(lastRoleWord(s, end + 1, k));
                if (second == null || second.type() != EntityType.ORGANIZATION || !post) {
                    return chain;
                }
                List<Mention> all = new ArrayList<>(chain);
                all.addAll(Workplaces.institutionChain(r, si, second));
                return all;
            }
            if (!word || r.startingAt(si, k) != null) {
                return chain; // "and its partner Y", "and Dr. Z at Y": no post of the same person's
            }
        }
        return chain;
    }

    /** How many words a body the organisation owns may take: "the foundation's scientific committee". */
    private static final int POSSESSED_WORDS = 4;

    /**
     * Past what an organisation owns, where its name ends in a possessive: "chair of the foundation's scientific
     * committee and professor emeritus at Y", whose second post follows the committee. Else {@code end} itself.
     */
    private static int afterPossessed(Sentence s, int end) {
        if (end < 0 || end >= s.size() || !s.token(end).isPossessive()) {
            return end;
        }
        int k = end + 1;
        while (k < s.size() && k <= end + POSSESSED_WORDS && s.token(k).text().chars().allMatch(Character::isLowerCase)
                && !s.lower(k).equals("and")) {
            k++;
        }
        return k;
    }

    /** The title's noun: the word before its "of" ("professor of medicine"), else its last word but "emeritus". */
    private static String lastRoleWord(Sentence s, int from, int at) {
        for (int k = from; k < at; k++) {
            if (s.lower(k).equals("of")) {
                return s.lower(k - 1);
            }
        }
        boolean emeritus = s.lower(at - 1).startsWith("emerit") && at - 2 >= from; // "professor emeritus"
        return s.lower(emeritus ? at - 2 : at - 1);
    }
}
