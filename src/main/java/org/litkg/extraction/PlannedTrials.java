package org.litkg.extraction;

import java.util.Set;
import java.util.function.IntPredicate;
import org.litkg.analysis.Sentence;

/**
 * Combinations still to come, which are hedged findings: what a trial to be run will test ("a trial combining it with
 * pembrolizumab is planned", "a phase 1b cohort testing X together with Y may open in 2027") and a combination that
 * "could be tested next". The verb that says so comes after the pair, often past an apposition on the partner, so
 * {@link Modality}'s look before the trigger does not see it.
 */
final class PlannedTrials {

    /**
     * How far after its trigger a planned trial's "is planned" may be: "a trial combining it with X, an oral drug that
     * degrades the estrogen receptor, is planned".
     */
    private static final int PLAN_REACH = 20;
    /** How far before the trigger the trial may be named: "a phase 1b cohort testing X together with Y". */
    private static final int TRIAL_REACH = 6;
    private static final Set<String> TRIAL_NOUNS = Set.of("trial", "study", "cohort", "arm");
    /** A trial's start still to come: "may open in 2027", "will start next year". */
    private static final Set<String> STARTING_VERBS = Set.of("open", "start", "begin", "launch");
    static final Set<String> FUTURE_MODALS = Set.of("may", "will", "could", "might");

    private PlannedTrials() {
    }

    /**
     * Whether the trigger is what a trial to come will test: the trial named right before it, or before the participle
     * that opens its description ("a cohort testing X together with Y"), and "is planned" or "may open" after it.
     */
    static boolean planned(Sentence s, int trigger) {
        boolean trial = false;
        for (int j = trigger - 1; j >= Math.max(0, trigger - TRIAL_REACH) && !trial; j--) {
            trial = TRIAL_NOUNS.contains(s.lower(j)) && (j == trigger - 1 || s.lower(j + 1).endsWith("ing"));
            if (TRIAL_NOUNS.contains(s.lower(j)) && s.lower(j + 1).equals("of") && plannedBefore(s, j)
                    && s.textOf(j, trigger).chars().noneMatch(c -> c == ',')) {
                return true; // "Astellas plans a phase 3 trial of X combined with Y" (not "of X, which blocks Y")
            }
        }
        for (int k = trigger + 1; trial && k < Math.min(s.size(), trigger + PLAN_REACH); k++) {
            if (s.lower(k).equals(".") || s.lower(k).equals(";")) {
                return false;
            }
            if (s.lower(k).equals("planned") && (Copulas.COPULAS.contains(s.lower(k - 1)) || s.lower(k - 1).equals("being"))
                    || STARTING_VERBS.contains(s.lower(k)) && FUTURE_MODALS.contains(s.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a trial still to come before its noun: "plans a phase 3 trial of", "hopes to start a study of". */
    private static final Set<String> PLANNING = Set.of("plan", "intend", "hope", "aim", "expect");
    /** How far before the trial noun its planning verb may be: "plans a phase 3 trial". */
    private static final int PLANNING_REACH = 5;

    private static boolean plannedBefore(Sentence s, int trialNoun) {
        for (int k = trialNoun - 1; k >= Math.max(0, trialNoun - PLANNING_REACH); k--) {
            if (PLANNING.contains(s.token(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a combination of X with Y could be tested next": the combination noun at the trigger is the subject of a hedged
     * verb ({@code hedge} at a token, then "be"), which comes after the pair.
     */
    static boolean hedgedCombination(Sentence s, int trigger, IntPredicate hedge) {
        if (!s.lower(trigger).equals("combination")) {
            return false;
        }
        for (int k = trigger + 1; k < Math.min(s.size() - 1, trigger + PLAN_REACH); k++) {
            if (s.lower(k).equals(".") || s.lower(k).equals(";") || Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
                return false;
            }
            if (hedge.test(k) && s.lower(k + 1).equals("be")) {
                return true;
            }
        }
        return false;
    }
}
