package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A drug's heading and the description under it, as pipeline pages, glossaries and formularies set them: "ORV-101
 * (tenoxafor)" on its own line, then "An oral, small-molecule antagonist of CXCR4." The description has no subject of
 * its own; the heading is it.
 */
final class HeadedDescriptions {

    private static final Set<EntityType> DRUGS = java.util.EnumSet.of(EntityType.DRUG);

    private HeadedDescriptions() {
    }

    /**
     * The drug whose heading is the sentence before si, where si opens with the indefinite phrase whose noun is at
     * {@code noun} and no verb comes before that noun; null otherwise. found gets the heading's tokens (in its own
     * sentence, so the evidence points at the description's opening words instead).
     */
    static Argument headingDrug(Reading r, int si, int noun, int[] found) {
        Sentence s = r.sentence(si);
        int start = s.afterShortLabel(); // past a dictionary entry's "Definition:", if any
        if (si == 0 || !s.lower(start).equals("a") && !s.lower(start).equals("an")) {
            return null;
        }
        for (int k = start + 1; k < noun; k++) {
            String pos = s.token(k).pos();
            if (pos.equals("VERB") && !s.lower(k).contains("-") || pos.equals("AUX")) {
                return null; // "A trial tested X, an inhibitor of": the phrase is no heading's description
            }
        }
        Sentence heading = r.sentence(si - 1);
        Mention drug = r.startingAt(si - 1, 0);
        if (drug == null || drug.type() != EntityType.DRUG || drug.anaphoric()
                || Parentheticals.after(heading, drug.to()) < heading.size()) {
            return null; // the heading is the drug's name and its bracketed alias, nothing else
        }
        found[0] = start;
        found[1] = start + 1;
        return r.argument(drug, DRUGS);
    }
}
