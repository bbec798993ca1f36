package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;

/**
 * Lipid messengers whose short forms look like gene symbols: "prostaglandin E2 (PGE2)", "leukotriene B4 (LTB4)". They
 * are no proteins, so no protein relation (secretes, binds) takes them.
 */
final class SmallMolecules {

    /** Heads of lipid messengers' names. */
    private static final Set<String> LIPID_HEADS = Set.of("prostaglandin", "leukotriene", "thromboxane", "lipoxin",
            "resolvin", "prostacyclin");

    private SmallMolecules() {
    }

    /** Whether the token at i is the bracketed short form of such a name: "prostaglandin E2 (PGE2)". */
    static boolean shortFormAt(Sentence s, int i) {
        if (!s.lower(i - 1).equals("(")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 4); k--) {
            if (LIPID_HEADS.contains(Lemmatizer.singular(s.lower(k)))) {
                return true;
            }
        }
        return false;
    }
}
