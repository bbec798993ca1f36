package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * A past-tense verb the tagger took for an adjective: "The antibody calmed colitis", where "calmed" follows its
 * subject's noun and so modifies nothing after it. A participle that does modify follows a determiner, a preposition
 * or an adverb ("mice with chemically induced colitis"), or ends a hyphened compound ("drug-induced").
 */
final class PastTenseVerbs {

    /** Tags of a subject's last word. */
    private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN");
    private static final int MIN_LENGTH = 5;

    private PastTenseVerbs() {
    }

    /**
     * Whether the word at k is a past-tense verb after its subject's noun: a noun by its tag, or a drug's, protein's or
     * cell's noun whatever its tag ("The antibody/ADJ calmed/ADJ colitis").
     */
    static boolean afterSubject(Sentence s, int k, Cues cues) {
        String w = s.token(k).text();
        if (k < 1 || w.length() < MIN_LENGTH || !w.endsWith("ed") || !w.chars().allMatch(Character::isLowerCase)
                || s.isJoiningHyphen(k - 1)) {
            return false;
        }
        String noun = Lemmatizer.singular(s.lower(k - 1));
        return SUBJECT_TAGS.contains(s.token(k - 1).pos()) || cues.is(Category.DRUG_NOUN, noun)
                || cues.is(Category.PROTEIN_NOUN, noun) || cues.is(Category.CELL_HEAD, noun);
    }
}
