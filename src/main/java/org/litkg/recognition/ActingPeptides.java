package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A peptide named for what it does to a protein named before it: "pituitary adenylate cyclase-activating polypeptide",
 * "growth hormone-releasing hormone". The enzyme or hormone is only the name's first part.
 */
final class ActingPeptides {

    /** Participles that join the protein acted on to the peptide's head. */
    private static final Set<String> ACTING = Set.of("activating", "releasing", "inhibiting", "stimulating", "binding");
    /** Heads of such a peptide's name. */
    private static final Set<String> PEPTIDE_HEADS = Set.of("polypeptide", "peptide", "hormone", "factor", "protein");

    private ActingPeptides() {
    }

    /** The end of the peptide's name where the phrase ending at {@code to} goes on "-activating polypeptide"; else to. */
    static int end(Sentence s, int to) {
        boolean joined = to + 2 < s.size() && s.isJoiningHyphen(to) && ACTING.contains(s.lower(to + 1));
        return joined && PEPTIDE_HEADS.contains(s.lower(to + 2)) ? to + 3 : to;
    }
}
