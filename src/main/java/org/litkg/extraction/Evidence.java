package org.litkg.extraction;

import org.litkg.document.Span;

/**
 * Where and how a relation was read: the sentence, the words for both arguments and the trigger,
 * the pattern that matched, and what the sentence says about its truth.
 *
 * @param sentenceIndex index of the sentence in the document
 * @param sentence      the sentence span in the document text
 * @param sentenceText  the sentence as written
 * @param subject       the subject words
 * @param object        the object words
 * @param trigger       the words that express the relation ("blocks", "inhibitor of", "published in")
 * @param method        the pattern that matched (named in the graph: verb-active, verb-passive, nominal-apposition, ...)
 * @param confidence    0..1
 * @param negated       the sentence denies the relation ("does not block")
 * @param hedged        the sentence only suggests it ("may block")
 */
public record Evidence(int sentenceIndex, Span sentence, String sentenceText, Argument subject, Argument object,
                       Span trigger, String triggerText, String method, double confidence, boolean negated, boolean hedged) {

    /** What a hedge multiplies a statement's confidence by: "may block" is believed less than "blocks". */
    public static final double HEDGE_FACTOR = 0.6;

    /** The same evidence with its confidence and what the sentence says of its truth read again. */
    public Evidence withTruth(double newConfidence, boolean isNegated, boolean isHedged) {
        return new Evidence(sentenceIndex, sentence, sentenceText, subject, object, trigger, triggerText, method,
                newConfidence, isNegated, isHedged);
    }

    /** The same evidence read as no hedge, its confidence as it was before the hedge lowered it. */
    public Evidence unhedged() {
        double unhedged = hedged ? Math.min(1, Math.round(confidence / HEDGE_FACTOR * 1000) / 1000.0) : confidence;
        return withTruth(unhedged, negated, false);
    }

    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }
}
