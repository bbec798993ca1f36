package org.litkg.recognition;

import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * "The NFU's farmer health lead, Bethan Crowther, said": an acronym that owns a post held by the person named after it
 * is an organisation, however little known.
 */
final class PossessedRoles {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");
    /** How many words the post may have: "farmer health lead", "chief medical officer". */
    private static final int POST_WORDS = 4;

    private PossessedRoles() {
    }

    /** Whether the one word at {@code from} is an acronym with "'s" and a post after it, closed by a comma. */
    static boolean ownsPost(Sentence s, int from, int end, Cues cues) {
        if (end != from + 1 || end >= s.size() || !ACRONYM.matcher(s.token(from).text()).matches()
                || !s.token(end).isPossessive()) {
            return false;
        }
        for (int j = end + 1; j < Math.min(s.size() - 1, end + 1 + POST_WORDS); j++) {
            if (!s.token(j).text().equals(s.lower(j))) {
                return false; // a lower-case post only
            }
            if (cues.isRoleNoun(s.lower(j)) && s.lower(j + 1).equals(",")) {
                return true;
            }
        }
        return false;
    }
}
