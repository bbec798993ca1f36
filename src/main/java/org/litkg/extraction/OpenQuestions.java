package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A relation the sentence only asks about and leaves open, which is no finding at all, not even a hedged one: "Whether
 * X could be added to Y has not been tested", "Nobody could say whether X should be given with Y", "The paper does not
 * say whether X can be combined with Y". A question still being answered stays a hedge ("Whether X blocks Y is being
 * tested", "the trial asks whether X given with Y helps").
 */
final class OpenQuestions {

    /** Predicates that leave a "Whether ..." clause open: "... is unknown", "... remains untested". */
    private static final Set<String> OPEN = Set.of("unknown", "unclear", "untested", "uncertain", "unanswered", "unproven",
            "unstudied");
    /** Participles that would settle it, after "not" or "never": "has not been tested", "was never studied". */
    private static final Set<String> SETTLING = Set.of("tested", "studied", "known", "clear", "established", "shown",
            "examined", "proven", "explored");
    private static final int SETTLING_REACH = 3;
    /** Verbs that nobody can do for a question that is open: "Nobody could say whether", "no one knows whether". */
    private static final Set<String> KNOWING = Set.of("say", "says", "know", "knows", "tell", "tells", "predict",
            "predicts", "report", "reports", "reported", "state", "states", "stated", "mention", "mentions",
            "mentioned");
    /** How far before "whether" the words that leave it open may stand: "Nobody in the room could yet say whether". */
    private static final int OPENER_REACH = 6;

    private OpenQuestions() {
    }

    /** Whether the relation whose trigger starts at {@code triggerStart} stands in a "whether" clause left open. */
    static boolean leftOpen(Sentence s, int triggerStart) {
        return openingClauseLeftOpen(s, triggerStart) || nobodyKnows(s, triggerStart) || unclearThat(s, triggerStart);
    }

    /** How far before the trigger the clause's "that" may stand: "that leronlimab given weekly blocks". */
    private static final int CLAUSE_REACH = 8;

    /**
     * "It is not clear that leronlimab blocks CCR5 in patients", "It remains unclear whether X binds Y": the clause
     * holding the trigger is one the sentence says nobody has settled.
     */
    private static boolean unclearThat(Sentence s, int triggerStart) {
        for (int k = triggerStart - 1; k > 1 && k >= triggerStart - CLAUSE_REACH; k--) {
            String w = s.lower(k);
            if (w.equals("that") || w.equals("whether") || w.equals("if")) {
                String before = s.lower(k - 1);
                return OPEN.contains(before) || SETTLING.contains(before) && (s.lower(k - 2).equals("not")
                        || s.lower(k - 3).equals("not") && s.lower(k - 2).equals("yet")); // "is not yet known that"
            }
            if (w.equals(".") || w.equals(";") || s.token(k).isQuote()) {
                return false; // "'We do not yet know whether it works,' said X, the oncologist leading the trial"
            }
        }
        return false;
    }

    /**
     * "Whether erdafitinib could be added to enfortumab vedotin has not been tested": a sentence-opening "whether"
     * clause that the sentence then calls unknown or untested.
     */
    private static boolean openingClauseLeftOpen(Sentence s, int triggerStart) {
        int clause = s.lower(0).equals("but") || s.lower(0).equals("and") ? 1 : 0;
        if (!s.lower(clause).equals("whether") || triggerStart <= clause) {
            return false;
        }
        for (int k = triggerStart + 1; k < s.size(); k++) {
            String w = s.lower(k);
            if (OPEN.contains(w) || w.equals("remains") && s.lower(k + 1).equals("to") && s.lower(k + 3).equals("seen")) {
                return true;
            }
            if (w.equals("not") || w.equals("never")) {
                for (int j = k + 1; j <= k + SETTLING_REACH && j < s.size(); j++) {
                    if (SETTLING.contains(s.lower(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Nobody could say whether gemcitabine should be given with cisplatin", "no one knows whether", "The paper does
     * not say whether": the "whether" clause holding the trigger is a question that nobody, the sentence says, can
     * answer.
     */
    private static boolean nobodyKnows(Sentence s, int triggerStart) {
        int whether = -1;
        for (int k = triggerStart - 1; k > 0 && whether < 0; k--) {
            if (s.lower(k).equals(";") || s.lower(k).equals(".") || s.token(k).isQuote()) {
                return false; // a quotation's "whether" clause ends with the quotation
            }
            whether = s.lower(k).equals("whether") ? k : -1;
        }
        boolean knowing = false;
        for (int k = whether - 1; k >= Math.max(0, whether - OPENER_REACH); k--) {
            String w = s.lower(k);
            knowing |= KNOWING.contains(w);
            // "The paper does not say whether"
            boolean denied = w.equals("not") || w.equals("n't") || w.equals("never");
            if (knowing && (denied || w.equals("nobody") || w.equals("one") && s.lower(k - 1).equals("no"))) {
                return true;
            }
            if (w.equals(",")) {
                return false;
            }
        }
        return false;
    }
}
