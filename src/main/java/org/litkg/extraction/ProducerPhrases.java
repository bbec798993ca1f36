package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "CCL21 made in the lymph nodes holds the T cells there", "CCL2, produced by the tumour, draws monocytes": a participle
 * of making between a name and the place or maker after it leaves the name, not the place, the clause's subject.
 */
final class ProducerPhrases {

    private ProducerPhrases() {
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "by", "within", "inside", "from");

    /** Where the name before "made in" ends, when the preposition is at p (an aside's comma stepped over); else -1. */
    static int nameEndBefore(Sentence s, int p) {
        if (p < 2 || !PREPOSITIONS.contains(s.lower(p)) || !Appositions.MADE.contains(s.lower(p - 1))) {
            return -1;
        }
        return s.lower(p - 2).equals(",") ? p - 3 : p - 2;
    }
}
