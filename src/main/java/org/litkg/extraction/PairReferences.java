package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "Pancreatic cancer cells secrete CXCL1 and CXCL5. Both bind CXCR2 on neutrophils and recruit them": "Both" opening a
 * sentence stands for the pair named last in the sentence before. Where that pair cannot fill the role, no other name
 * does, not the cancer of that sentence nor the cells named after "Both".
 */
final class PairReferences {

    private PairReferences() {
    }

    /** Whether "both" at token k of sentence si stands for a pair of a type the role does not allow. */
    static boolean pairOfOtherType(RecognizedDocument doc, int si, int k, String word, Set<EntityType> allowed) {
        if (!word.equals("both") || k != 0 || si == 0) {
            return false;
        }
        Sentence before = doc.analyzed().sentences().get(si - 1);
        List<Mention> named = doc.mentions().get(si - 1);
        Mention second = null;
        for (Mention m : named) {
            boolean paired = named.stream().anyMatch(first -> first.to() + 1 == m.from()
                    && before.lower(first.to()).equals("and"));
            if (paired && !m.anaphoric()) {
                second = m; // the last pair's second name
            }
        }
        return second != null && !allowed.contains(doc.entities().of(second).type());
    }
}
