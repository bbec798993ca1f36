package org.litkg.extraction;

import java.util.Set;
import java.util.function.Predicate;
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

    /**
     * Whether "both" at token k of sentence si stands for a pair of a type the role does not allow; {@code coordinated}
     * tells a name joined to another by "and" or "or".
     */
    static boolean pairOfOtherType(RecognizedDocument doc, int si, int k, String word, Set<EntityType> allowed,
                                   Predicate<Mention> coordinated) {
        if (!word.equals("both") || k != 0 || si == 0) {
            return false;
        }
        Mention last = null; // the last pair's second name
        for (Mention m : doc.mentions().get(si - 1)) {
            last = !m.anaphoric() && coordinated.test(m) ? m : last;
        }
        return last != null && !allowed.contains(doc.entities().of(last).type());
    }

    /** "Both are ligands of CCR4", "Both bind CCR7": "both" before a verb stands for two things named before. */
    static boolean isPronounBoth(Sentence s, int k) {
        String pos = s.token(Math.min(k + 1, s.size() - 1)).pos();
        // the tagger calls "bind" in "Both bind CCR4" a noun; a plural noun ("Both drugs") is no verb
        boolean verbTaggedNoun = pos.equals("NOUN") && !s.lower(k + 1).endsWith("s");
        // "Bimekizumab neutralises both."
        boolean standsAlone = k > 0 && (k + 1 >= s.size() || s.token(k + 1).isPunctuation());
        return s.lower(k).equals("both") && (standsAlone || k == 0 && k + 1 < s.size()
                && (pos.equals("AUX") || pos.equals("VERB") || verbTaggedNoun));
    }
}
