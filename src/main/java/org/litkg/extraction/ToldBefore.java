package org.litkg.extraction;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the text has just told, for a clause that goes on from it without naming its doer: "mavorixafor blocks CXCR4,
 * and the neutrophils are thereby set free" ({@link ConsequentPassives}), "Plerixafor blocks CXCR4. The stem cells
 * drift out" ({@link LeavingCells}). The doer is the subject of the latest statement that fits, unless that statement
 * is denied, in which case neither is told.
 */
final class ToldBefore {

    private ToldBefore() {
    }

    /**
     * The subject of the latest statement of sentence si whose trigger ends by {@code before} (a text offset), or of
     * the sentence before where {@code previousToo}, that {@code fits}; null where none fits or the one that does is
     * denied ("does not block X, so the cells are not freed").
     */
    static Argument subject(List<Statement> out, int si, int before, boolean previousToo, Predicate<Statement> fits) {
        int earliest = previousToo ? si - 1 : si;
        for (int i = out.size() - 1; i >= 0 && out.get(i).evidence().sentenceIndex() >= earliest; i--) {
            Evidence e = out.get(i).evidence();
            boolean told = e.sentenceIndex() == si ? e.trigger().end() <= before : e.sentenceIndex() < si;
            if (told && fits.test(out.get(i))) {
                return e.negated() ? null : e.subject();
            }
        }
        return null;
    }
}
