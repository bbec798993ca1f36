package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * A name apposed to "a combination of" drugs names a drug of its own, the fixed-dose product: "Opdualag, a
 * combination of nivolumab and relatlimab". The name is one capitalised word; what it combines the relation
 * patterns read.
 */
final class CombinationProductNames implements MentionRecognizer {

    /** How many words may describe the combination: "a fixed-dose combination of". */
    private static final int MODIFIERS = 3;

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int k = 3; k + 1 < s.size(); k++) {
            if (!s.lower(k).equals("combination") || !s.lower(k + 1).equals("of")) {
                continue;
            }
            int article = k - 1;
            while (article > k - 1 - MODIFIERS && article > 1 && !s.lower(article).equals("a")
                    && !s.lower(article).equals("an")) {
                article--;
            }
            boolean apposed = (s.lower(article).equals("a") || s.lower(article).equals("an"))
                    && s.lower(article - 1).equals(",");
            int name = article - 2;
            if (apposed && name >= 0 && s.token(name).isTitleCase() && s.token(name).text().length() > 3
                    && s.token(name).text().chars().allMatch(Character::isLetter)) {
                out.add(MentionRecognizer.mention(s, name, name + 1, EntityType.DRUG, s.token(name).lower(), null, 0.6,
                        "context-combination", false));
            }
        }
    }
}
