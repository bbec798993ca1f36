package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "In 2022 you falsely claimed in a paper in the journal Gut that your compound LX-44 blocks CCR9", "CCL17 was wrongly
 * listed as a ligand of CCR7": a claim that the sentence says was made falsely, wrongly or in error is denied, however
 * far the saying verb stands from its "that", and so is one a retracted paper made ("The journal has retracted a 2024
 * paper ..., which had claimed that an experimental compound, LX-7, blocks CXCR3"), which the retraction withdraws;
 * what the sentence says of the claim itself (the paper it was made in, who made it) stands.
 */
final class FalseClaims {

    private FalseClaims() {
    }

    /** Adverbs that say a claim was untrue. */
    private static final Set<String> FALSELY = Set.of("falsely", "wrongly", "mistakenly", "erroneously",
            "incorrectly", "fraudulently", "wrongfully");
    /**
     * The forms of the verbs that make a claim: those that report one ({@link Modality#REPORTING}) or quote a text
     * ({@link RefutedClaims#QUOTING}), and those that put it out.
     */
    private static final Set<String> CLAIMING = java.util.stream.Stream.of(Modality.REPORTING.stream(),
            RefutedClaims.QUOTING.stream(), java.util.stream.Stream.of("publish", "announce", "describe", "tell")
                    .flatMap(v -> org.litkg.analysis.Inflections.verbForms(v).stream()))
            .flatMap(x -> x).collect(java.util.stream.Collectors.toSet());
    /** How many words of the claim's subject may stand between "that" and the relation's first argument. */
    private static final int SUBJECT_WORDS = 4;
    /** How far before "that" the saying verb may stand: "claimed in a paper in the journal Gut that". */
    private static final int VERB_REACH = 10;

    /** Whether the relation whose first argument starts at {@code argStart} is in a "that"-clause claimed falsely. */
    static boolean denied(Sentence s, int argStart) {
        int that = -1;
        for (int k = argStart - 1; k >= Math.max(0, argStart - 1 - SUBJECT_WORDS); k--) {
            if (s.lower(k).equals("that")) {
                that = k;
                break;
            }
            if (s.token(k).isPunctuation() && !s.lower(k).equals(",")) { // but "that a new compound, LX-7, blocks"
                return false;
            }
        }
        for (int v = that - 1; that > 0 && v >= Math.max(1, that - VERB_REACH); v--) {
            if (s.lower(v).equals(".") || s.lower(v).equals(";")) {
                return false;
            }
            boolean falsely = FALSELY.contains(s.lower(v - 1)) || FALSELY.contains(s.lower(v + 1))
                    || v >= 2 && FALSELY.contains(s.lower(v - 2)) && s.token(v - 1).pos().equals("AUX");
            if (CLAIMING.contains(s.lower(v)) && (falsely || retractedBefore(s, v))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says, before its claiming verb at v, that the paper was retracted: "has retracted". */
    private static boolean retractedBefore(Sentence s, int v) {
        for (int k = v - 1; k >= 0; k--) {
            if (s.lower(k).startsWith("retract")) { // "has retracted", "the retraction of"
                return true;
            }
        }
        return false;
    }

    /** Labels that call what follows them false: a myth-buster's "MYTH:", a quiz's "Misconception:". */
    private static final Set<String> MYTH_LABELS = Set.of("myth", "misconception", "fiction");

    /**
     * Whether the sentence opens with a label that calls its claim false: a patient sheet's "MYTH: Plerixafor blocks
     * CCR5 as well." under "Myth or fact?", which the "FACT:" after it corrects.
     */
    static boolean labelledMyth(Sentence s) {
        int k = 0;
        while (k < s.size() && s.token(k).isPunctuation()) {
            k++; // a bullet before the label
        }
        return k + 1 < s.size() && MYTH_LABELS.contains(s.lower(k)) && s.lower(k + 1).equals(":");
    }

    /** Words that open what a verb said or listed: "listed as", "reported to", "claimed that". */
    private static final Set<String> CONTENT_OPENERS = Set.of("as", "to", "that");
    /** How far before the relation's first argument the adverb may stand: "was wrongly listed". */
    private static final int ADVERB_REACH = 3;

    /**
     * Whether an adverb of falsity stands before the relation's trigger with the opening of what was said between
     * them: "CCL17 was wrongly listed as a ligand of CCR7", "X was mistakenly thought to block Y" (but not "you falsely
     * claimed in a paper", whose paper is no part of the claim).
     */
    static boolean qualified(Sentence s, int argStart, int trigger) {
        for (int k = Math.max(0, Math.min(argStart, trigger) - ADVERB_REACH); k < trigger; k++) {
            if (!FALSELY.contains(s.lower(k))) {
                continue;
            }
            for (int j = k + 2; j <= trigger; j++) {
                if (CONTENT_OPENERS.contains(s.lower(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
