package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * A cancer named by its organ after the head, as lay writing names it: "cancer of the pancreas", "cancers of the mouth
 * and throat". Each organ makes the cancer its modifier would ("mouth cancer", "throat cancer"), so the phrase is a
 * cancer of its own and not a reference to the one in focus.
 */
final class CancerSites {

    private CancerSites() {
    }

    /** The cancers named after the head at {@code head} ("cancer", "tumours"), or none if no organ follows "of". */
    static List<Mention> after(Sentence s, int head, String headName, Cues cues) {
        List<Mention> found = new ArrayList<>();
        if (!s.lower(head + 1).equals("of")) {
            return found;
        }
        int organ = s.lower(head + 2).equals("the") ? head + 3 : head + 2;
        if (!cues.is(Category.CANCER_SITE, s.lower(organ))) {
            return found;
        }
        found.add(MentionRecognizer.mention(s, head, organ + 1, EntityType.CANCER, s.lower(organ) + " " + headName, null,
                0.75, "phrase", false));
        int k = organ + 1;
        while (s.lower(k).equals("and") || s.lower(k).equals("or") || s.lower(k).equals(",")) {
            int next = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
            next = s.lower(next).equals("and") || s.lower(next).equals("or") ? next + 1 : next; // ", and the"
            if (!cues.is(Category.CANCER_SITE, s.lower(next))) {
                break;
            }
            found.add(MentionRecognizer.mention(s, next, next + 1, EntityType.CANCER, s.lower(next) + " " + headName, null,
                    0.7, "phrase-coordination", false));
            k = next + 1;
        }
        return found;
    }
}
