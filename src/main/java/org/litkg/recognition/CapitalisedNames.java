package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.NameCase;

/**
 * A name set in capitals under its title, as a card's or a poster's heading prints it: "DR. AMARA OSEI-VANTERPOOL".
 * The title makes it a person's; the name is given in the case names are printed in ("Amara Osei-Vanterpool").
 */
final class CapitalisedNames implements MentionRecognizer {

    private static final Set<String> TITLES = Set.of("DR", "DR.", "PROF", "PROF.", "PROFESSOR");
    private static final int MAX_WORDS = 3;
    private static final double CONFIDENCE = 0.7;
    private static final String METHOD = "capitals-name";

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int t = 0; t + 2 < s.size(); t++) {
            if (!TITLES.contains(s.token(t).text())) {
                continue;
            }
            int from = s.lower(t + 1).equals(".") ? t + 2 : t + 1; // "DR ." where the tokenizer cut the stop off
            int to = from;
            int words = 0;
            while (to < s.size() && (isCapitalsWord(s.token(to).text()) || s.isJoiningHyphen(to) && to > from)) {
                words += s.isJoiningHyphen(to) || to > from && s.isJoiningHyphen(to - 1) ? 0 : 1;
                to++;
            }
            if (words >= 2 && words <= MAX_WORDS && (to == s.size() || !isCapitalsWord(s.token(to).text()))) {
                String name = NameCase.titled(s.textOf(from, to)); // "Amara Osei-Vanterpool"
                out.add(MentionRecognizer.mention(s, from, to, EntityType.PERSON, name, null, CONFIDENCE, METHOD,
                        false));
            }
        }
    }

    /** A word of two capitals or more and nothing else, perhaps hyphenated: "AMARA", "OSEI-VANTERPOOL". */
    private static boolean isCapitalsWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '\'' || c == '-');
    }
}
