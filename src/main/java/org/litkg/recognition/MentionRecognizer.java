package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/** One way of finding entity mentions in a sentence; candidates may overlap and are selected later. */
public interface MentionRecognizer {

    void recognize(Sentence sentence, List<Mention> candidates);

    /** A capitalised name and its possessive right before token k: "Crohn's disease", "Bruton's tyrosine kinase". */
    static boolean eponymBefore(Sentence s, int k) {
        if (k < 2 || !s.token(k - 1).isPossessive()) {
            return false;
        }
        return s.token(k - 2).text().length() >= 3 && s.token(k - 2).isTitleCase();
    }

    /** A mention over tokens [from, to) of the sentence. */
    static Mention mention(Sentence s, int from, int to, EntityType type, String name, String lexiconId,
                           double confidence, String method, boolean anaphoric) {
        return new Mention(s.index(), from, to, s.spanOf(from, to), s.textOf(from, to), type, name, lexiconId,
                confidence, method, anaphoric);
    }
}
