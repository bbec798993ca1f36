package org.litkg.recognition;

import java.util.Set;
import java.util.function.Predicate;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Nouns that class a disease named right after them: "the skin disease hidradenitis suppurativa", "the rare disorder
 * X". The class noun is no part of the disease's name, and names no disease of its own there.
 */
final class DiseaseClassNouns {

    private static final Set<String> CLASS_NOUNS = Set.of("disease", "diseases", "disorder", "condition", "illness",
            "syndrome", "infection");
    /** How many modifiers the named disease may have after the class noun: "the lung disease idiopathic pulmonary fibrosis". */
    private static final int NAME_WORDS = 4;

    private DiseaseClassNouns() {
    }

    /** The first word after the last class noun in [from, head), which a disease's modifiers took in; else from. */
    static int afterClassNoun(Sentence s, int from, int head) {
        for (int k = head - 1; k >= from; k--) {
            if (CLASS_NOUNS.contains(s.lower(k)) && !s.isJoiningHyphen(k + 1)) { // but "kidney disease-associated pruritus"
                return k + 1;
            }
        }
        return from;
    }

    /** Whether the class noun at head is followed, past modifiers, by a word that names a disease. */
    static boolean classesNamedDisease(Sentence s, int head, Predicate<Token> isModifier, Predicate<String> isDiseaseWord) {
        if (!CLASS_NOUNS.contains(s.lower(head))) {
            return false;
        }
        for (int k = head + 1; k < s.size() && k <= head + NAME_WORDS + 1 && !CLASS_NOUNS.contains(s.lower(k)); k++) {
            if (isDiseaseWord.test(Lemmatizer.singular(s.lower(k)))) {
                return true;
            }
            if (!isModifier.test(s.token(k))) {
                return false;
            }
        }
        return false;
    }
}
