package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * The words a paper puts before a protein to say which preparation of it was tested: "purified ovine COX-1",
 * "recombinant human UGT1A9", "rat brain MAO-B". The protein is what the drug acts on, whatever its source.
 */
final class Specimens {

    /** Sources and preparations of a protein in a laboratory's test. */
    private static final Set<String> WORDS = Set.of("purified", "recombinant", "native", "cloned", "isolated", "soluble",
            "endogenous", "human", "rat", "mouse", "murine", "bovine", "ovine", "porcine", "canine", "rabbit", "feline",
            "equine", "mammalian", "bacterial", "wild-type", "mutant", "full-length", "brain", "platelet", "microsomal");
    /** How many such words may come before the protein. */
    private static final int MAX_WORDS = 3;

    private Specimens() {
    }

    /** The token after the specimen words from k when a name follows them ("purified ovine COX-1"); else k. */
    static int past(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int j = k;
        while (j < k + MAX_WORDS && r.startingAt(si, j) == null && WORDS.contains(s.lower(j))) {
            j++;
        }
        return j > k && r.startingAt(si, j) != null ? j : k;
    }
}
