package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A card's or a formulary's terse fragment naming a drug given alongside the one its line is about: "Plerixafor
 * (Mozobil): subcutaneous; with G-CSF to mobilise stem cells". The fragment opens after a semicolon or the label's
 * colon with "with" and the partner, and has no verb to say so ("given with" is read as a verb's); the line's label is
 * the drug combined with it.
 */
final class FragmentPartners {

    private static final Set<EntityType> DRUGS = Set.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final double CONFIDENCE = 0.7;

    private FragmentPartners() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 1; k + 1 < s.size(); k++) {
            boolean opens = LabelSubjects.opensFragment(s, k) && s.lower(k).equals("with");
            Mention partner = opens ? r.startingAt(si, k + 1) : null;
            Argument given = partner == null ? null : r.argument(partner, DRUGS);
            int[] label = new int[2];
            Argument drug = given == null ? null : LabelSubjects.subject(r, si, k, DRUGS, label);
            if (drug != null && !drug.node().equals(given.node())) {
                r.emit(RelationType.COMBINED_WITH, List.of(drug), List.of(given), si, label[0], label[1], k, k + 1,
                        "fragment-with", CONFIDENCE, out);
            }
        }
    }
}
