package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * A plain description of a drug in the form it is given, with the drug's name in brackets after it: "Steroid drips
 * (methylprednisolone)", "water tablets (furosemide)". A patient's leaflet names the drug once so and then
 * speaks of "steroid drips" alone ("Mycophenolate is often given with steroid drips"): the description is that drug,
 * and wherever the same words recur ({@link ContextPhraseUses}).
 */
final class DescribedForms {

    static final String METHOD = "context-form";
    /** How much of its drug's confidence the description keeps. */
    private static final double CONFIDENCE = 0.8;

    private DescribedForms() {
    }

    static void add(Sentence s, List<Mention> ms, List<AliasDetector.Alias> aliases) {
        for (int form = 1; form + 3 < s.size(); form++) {
            if (!DrugContextRecognizer.isFormulation(s.lower(form)) || !s.lower(form + 1).equals("(")) {
                continue;
            }
            Mention drug = AliasDetector.mentionAt(ms, form + 2);
            int describer = form - 1;
            boolean word = s.token(describer).text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
            if (drug == null || drug.anaphoric() || drug.type() != EntityType.DRUG || !s.lower(drug.to()).equals(")")
                    || !word || AliasDetector.covered(ms, describer) || AliasDetector.covered(ms, form)
                    || DrugContextRecognizer.DETERMINERS.contains(s.lower(describer))) {
                continue; // "ruxolitinib cream (Opzelura)": the cream is the drug's own name, read already
            }
            Mention described = MentionRecognizer.mention(s, describer, form + 1, EntityType.DRUG, drug.name(),
                    drug.lexiconId(), drug.confidence() * CONFIDENCE, METHOD, false);
            ms.add(described);
            aliases.add(new AliasDetector.Alias(described, drug));
        }
    }
}
