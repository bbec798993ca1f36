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

    /**
     * The last pair of names of the allowed types joined by "and" before token {@code before} of sentence si, or in
     * the sentence before: "Stromal cells release CCL21 and CCL19. T cells carry CCR7, the receptor for both." Empty
     * where there is none.
     */
    static java.util.List<Argument> lastPair(Reading r, int si, int before, Set<EntityType> allowed) {
        for (int sj = si; sj >= Math.max(0, si - 1); sj--) {
            Sentence s = r.sentence(sj);
            java.util.List<Mention> ms = r.mentions(sj);
            for (int i = ms.size() - 1; i > 0; i--) {
                Mention second = ms.get(i);
                Mention first = ms.get(i - 1);
                boolean joined = first.to() + 1 == second.from() && s.lower(first.to()).equals("and");
                Argument a = joined && (sj < si || second.to() <= before) ? r.argument(first, allowed) : null;
                Argument b = a == null || first.anaphoric() || second.anaphoric() ? null : r.argument(second, allowed);
                if (b != null) {
                    return java.util.List.of(a, b);
                }
            }
        }
        return java.util.List.of();
    }
}
