package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Words that say what state a protein is in, not which protein it is: "sparing the normal receptor in skin", "these
 * mutant receptors", "the wild-type kinase". A generic head with only these before it names no protein of its own,
 * as "the receptor" does not; it refers to one named nearby.
 */
final class StateWords {

    private static final Set<String> STATES = Set.of("normal", "mutant", "mutated", "wild", "type", "-", "healthy",
            "native", "unmutated", "altered", "abnormal", "active", "inactive", "same");

    private StateWords() {
    }

    /** Whether tokens [from, to) are all state words (and there is at least one). */
    static boolean onlyState(Sentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!STATES.contains(s.lower(k))) {
                return false;
            }
        }
        return true;
    }
}
