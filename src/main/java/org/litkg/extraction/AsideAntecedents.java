package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "Rozanolixizumab binds FcRn, the receptor that recycles IgG, and blocks it": the aside between two commas describes
 * the name before it, and "it" after the second verb is that name again, not the nearer name inside the aside.
 */
final class AsideAntecedents {

    /** Words that open an aside describing the name before it: an apposition's article or a relative pronoun. */
    private static final Set<String> ASIDE_OPENERS = Set.of("the", "a", "an", "which", "that");
    /** How far back from "and" the aside may open. */
    private static final int ASIDE_REACH = 12;

    private AsideAntecedents() {
    }

    /**
     * The name an aside describes where "it" at token k follows "..., and VERB" and {@code nearest}, the nearest name
     * before it, lies inside that aside; else {@code nearest}.
     */
    static Mention orDescribed(RecognizedDocument doc, int si, int k, String word, Mention nearest,
                               Set<EntityType> allowed) {
        Sentence s = doc.analyzed().sentences().get(si);
        if (!word.equals("it") || nearest == null || nearest.sentence() != si || k < 4
                || !s.lower(k - 2).equals("and") || !s.lower(k - 3).equals(",")) {
            return nearest;
        }
        for (int c = k - 4; c > 0 && c >= k - 3 - ASIDE_REACH; c--) {
            if (s.lower(c).equals(",")) {
                Mention described = doc.nameEndingAt(si, c);
                boolean aside = ASIDE_OPENERS.contains(s.lower(c + 1)) && nearest.from() > c;
                return aside && described != null && allowed.contains(doc.entities().of(described).type()) ? described
                        : nearest;
            }
        }
        return nearest;
    }
}
