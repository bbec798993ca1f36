package org.litkg.extraction;

import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;

/**
 * Two drug classes joined by "or" or "and" before one "such as" list: "an ACE inhibitor or an angiotensin receptor
 * blocker, such as ramipril or losartan". The list names a member of each class in turn, so neither class takes the
 * whole list; a list of another length is left unread.
 */
final class RespectiveClasses {

    /** How many words the second class's phrase may have before its noun: "an angiotensin II receptor blocker". */
    private static final int PHRASE_WORDS = 5;

    /** Which class of such a pair the class noun at t is, with where the "such as" list starts; null if no pair. */
    record Place(int index, int listStart) {
    }

    private RespectiveClasses() {
    }

    static Place of(Sentence s, int t, Cues cues) {
        if (isJoinedArticle(s, t + 1)) {
            for (int u = t + 3; u < Math.min(s.size(), t + 3 + PHRASE_WORDS); u++) {
                if (isClassNoun(s, u, cues)) {
                    return suchAsAfter(s, u) > 0 ? new Place(0, suchAsAfter(s, u)) : null;
                }
            }
            return null;
        }
        if (suchAsAfter(s, t) < 0) {
            return null;
        }
        for (int k = t - 1; k >= Math.max(2, t - PHRASE_WORDS); k--) {
            if (isJoinedArticle(s, k - 1) && k - 1 >= 1 && isClassNoun(s, k - 2, cues)) {
                return new Place(1, suchAsAfter(s, t));
            }
        }
        return null;
    }

    /** "or an" at k: a conjunction and the next phrase's article. */
    private static boolean isJoinedArticle(Sentence s, int k) {
        String w = s.lower(k);
        String article = s.lower(k + 1);
        return (w.equals("or") || w.equals("and")) && (article.equals("a") || article.equals("an"));
    }

    private static boolean isClassNoun(Sentence s, int k, Cues cues) {
        return k >= 0 && cues.is(Cues.Category.DRUG_CLASS_HEAD, Lemmatizer.singular(s.lower(k)));
    }

    /** Where the names start after ", such as" following the class noun at u; -1 if they do not follow it. */
    private static int suchAsAfter(Sentence s, int u) {
        return s.lower(u + 1).equals(",") && s.lower(u + 2).equals("such") && s.lower(u + 3).equals("as") ? u + 4 : -1;
    }
}
