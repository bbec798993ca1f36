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

    /** The workplaces found ({@code chain}, in the order read), with the second post's organisation where one follows. */
    static List<Mention> with(Reading r, int si, List<Mention> chain) {
        Sentence s = r.sentence(si);
        int end = chain.stream().mapToInt(Mention::to).max().orElse(-1);
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

    /** The title's noun: the word before its "of" ("professor of medicine"), else its last word. */
    private static String lastRoleWord(Sentence s, int from, int at) {
        for (int k = from; k < at; k++) {
            if (s.lower(k).equals("of")) {
                return s.lower(k - 1);
            }
        }
        return s.lower(at - 1);
    }
}
