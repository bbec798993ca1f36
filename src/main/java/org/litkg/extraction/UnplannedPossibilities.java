package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A possibility a text raises and at once sets aside: a reader's or a critic's question whether two drugs could be given
 * together, answered that nobody plans it or that the writers would not recommend it. The hedged combination is then denied.
 */
final class UnplannedPossibilities {

    private UnplannedPossibilities() {
    }

    /** How far past its clause break "no plans" may stand: "; there are currently no plans". */
    private static final int PLANS_REACH = 5;

    /**
     * "A reader asked whether X could be combined with Y; there are no plans to do so": a possibility that the text at
     * once says nobody plans, after a semicolon or "but" in the same sentence or as the next sentence's opening; "He asks
     * whether X should be combined with Y. We did not test it, and we would not recommend it": one the writers at once
     * say they would not recommend.
     */
    static boolean plannedByNobody(Sentence s, int triggerTo, Sentence next) {
        for (int k = triggerTo; k < s.size(); k++) {
            if (s.lower(k).equals(";") || s.lower(k).equals("but")) {
                return setAsideWithin(s, k + 1);
            }
        }
        return next != null && setAsideWithin(next, 0);
    }

    /** What writers say they would not do with a possibility: "would not recommend it", "do not advise it". */
    private static final Set<String> DECLINED = java.util.stream.Stream.of("recommend", "advise")
            .flatMap(v -> org.litkg.analysis.Inflections.verbForms(v).stream()).collect(java.util.stream.Collectors.toSet());

    /**
     * "no plans" near {@code from}, or "not recommend" anywhere after it; not "this is not tested" or "did not test
     * that combination", which leave the possibility open.
     */
    private static boolean setAsideWithin(Sentence s, int from) {
        for (int k = from; k < s.size() - 1; k++) {
            boolean noPlans = k < from + PLANS_REACH && s.lower(k).equals("no")
                    && (s.lower(k + 1).equals("plans") || s.lower(k + 1).equals("plan"));
            if (noPlans || (s.lower(k).equals("not") || s.lower(k).equals("n't")) && DECLINED.contains(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }
}
