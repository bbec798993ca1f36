package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "compares oral fluconazole with two doses of itraconazole, each combined with flucytosine": the two arms of a
 * comparison that a distributive "each" follows are both what the "each" speaks of, though "with" joins them as no list
 * does (and "compares X with Y" alone combines nothing).
 */
final class ComparedArms {

    /** Words that join a comparison's arms. */
    private static final Set<String> AGAINST = Set.of("with", "against", "versus", "vs");
    /** How many words may stand before the second arm's name: "with two doses of itraconazole". */
    private static final int ARM_WORDS = 5;
    /** How many modifiers may stand between the verb and the first arm: "compares oral fluconazole". */
    private static final int MODIFIERS = 2;

    private ComparedArms() {
    }

    /** The first arm, where the name starting at {@code start} is the second and ", each" follows it; else null. */
    static Argument first(Reading r, int si, int start, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        Mention second = r.startingAt(si, start);
        if (second == null || !s.lower(second.to()).equals(",") || !s.lower(second.to() + 1).equals("each")) {
            return null;
        }
        for (int k = start - 1; k > 1 && start - k <= ARM_WORDS; k--) {
            if (!AGAINST.contains(s.lower(k))) {
                continue;
            }
            Mention first = r.endingAt(si, k - 1);
            for (int v = first == null ? -1 : first.from() - 1; v >= 0 && first.from() - v <= MODIFIERS + 1; v--) {
                if (s.token(v).isPunctuation()) {
                    return null;
                }
                if (s.token(v).lemma().equals("compare")) {
                    return r.argument(first, allowed); // "compares oral fluconazole": a word the tagger may misread between
                }
            }
            return null;
        }
        return null;
    }
}
