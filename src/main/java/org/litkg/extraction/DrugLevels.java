package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** A drug's own level in a sentence about an interaction, which makes "taken with" no treatment with both. */
final class DrugLevels {

    private DrugLevels() {
    }

    /** What a drug interaction changes: "sebetralstat levels", "its exposure", "their concentrations". */
    private static final Set<String> DRUG_LEVELS = Set.of("level", "levels", "exposure", "concentration", "concentrations",
            "clearance");

    /**
     * A drug's own level named before the trigger ("Sebetralstat levels rise when it is taken with itraconazole",
     * "when given together with"): the sentence tells how one drug changes another's, not a treatment with both.
     */
    static boolean namedBefore(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        for (int k = 1; k < t; k++) {
            if (!DRUG_LEVELS.contains(s.lower(k))) {
                continue;
            }
            Mention owner = r.endingAt(si, k - 1);
            if (owner != null && owner.type() == EntityType.DRUG || s.lower(k - 1).equals("its")
                    || s.lower(k - 1).equals("their")) {
                return true;
            }
        }
        return false;
    }
}
