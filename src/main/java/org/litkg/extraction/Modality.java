package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.Cues.Category;

/**
 * Whether a sentence denies or only suggests a relation. Negation counts between the first argument
 * and the trigger ("AMD3100 does not block", "has not been approved by") or as the first argument's
 * determiner ("no drug was approved"); hedges count from a little before the first argument up to
 * the trigger ("suggests that X may block").
 */
final class Modality {

    private static final int HEDGE_LOOK_BACK = 8;
    private static final int GERUND_CLAUSE = 20;
    /** Verbs that deny the verb after "to": "refused to approve", "declined to approve". */
    private static final java.util.Set<String> REFUSING = java.util.Set.of("refused", "refuses", "refuse", "declined",
            "declines", "decline");
    private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "“", "”", "''", "``");
    private final Cues cues;

    Modality(Cues cues) {
        this.cues = cues;
    }

    boolean negated(Sentence s, int firstArgStart, int firstArgEnd, int triggerStart) {
        if (s.lower(firstArgStart - 1).equals("no")) {
            return true;
        }
        String before = s.lower(triggerStart - 2) + " " + s.lower(triggerStart - 1);
        if (before.equals("rather than") || before.equals("instead of")) {
            return true; // "activates it rather than blocking it"
        }
        int from = Math.min(firstArgEnd, triggerStart);
        for (int k = Math.max(from, triggerStart - 6); k < triggerStart; k++) {
            String w = s.lower(k);
            boolean option = w.equals("without") && s.lower(k - 1).equals("or"); // "with or without nivolumab"
            if (cues.is(Category.NEGATION, w) && !(w.equals("not") && s.lower(k + 1).equals("only")) && !option) {
                return true;
            }
            if (REFUSING.contains(w) && s.lower(k + 1).equals("to") && triggerStart <= k + 3) {
                return true; // "the agency refused to approve X" (but not "declined to recommend it, then approved it")
            }
        }
        return false;
    }

    boolean hedged(Sentence s, int firstArgStart, int triggerStart) {
        int from = Math.max(0, firstArgStart - HEDGE_LOOK_BACK);
        for (int k = from; k < firstArgStart; k++) {
            if (QUOTES.contains(s.token(k).text())) {
                // '"... is probably not enough," said X, who led the trial': the quote's hedge is not the attribution's
                from = k + 1;
            }
        }
        for (int k = from; k < triggerStart; k++) {
            if (isHedge(s, k)) {
                return true;
            }
        }
        if (triggerStart == 0 && s.lower(0).endsWith("ing")) {
            // A gerund subject ("Combining X with Y may improve responses"): the hedge is on the main verb.
            for (int k = 1; k < Math.min(s.size(), GERUND_CLAUSE); k++) {
                if (isHedge(s, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isHedge(Sentence s, int k) {
        String w = s.lower(k);
        if (s.token(k).text().equals("May") && s.lower(k + 1).chars().anyMatch(Character::isDigit)) {
            return false; // "May 12, 2026": the month
        }
        return cues.is(Category.HEDGE, w)
                || (cues.is(Category.HEDGE_RAISING, w) && (s.lower(k + 1).equals("to") || s.lower(k + 1).equals("that")));
    }
}
