package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A combination named by what it adds to a drug the text has just named: "Because AMD3100 is already approved, this
 * combination with anti-PD-L1 antibodies could be tested", "Its combination with X". The drug is the last one named
 * before, in the sentence or the one before it; the drug after "with" is its partner.
 */
final class ReferredCombinations {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);
    private static final Set<String> REFERRING = Set.of("this", "its", "that");

    private ReferredCombinations() {
    }

    /** Whether "combination" at t is referred to and followed by "with": "this combination with". */
    static boolean at(Sentence s, int t) {
        return t > 0 && REFERRING.contains(s.lower(t - 1)) && s.lower(t + 1).equals("with");
    }

    static void read(Reading r, int si, int t, List<Statement> out) {
        Mention partner = r.startingAt(si, t + 2);
        partner = partner != null ? partner : r.startingAt(si, t + 3); // "with an anti-PD-1 antibody"
        Argument added = partner == null ? null : r.argument(partner, DRUGS);
        Mention named = added == null ? null : lastDrugBefore(r, si, t - 1);
        if (named == null && added != null && si > 0) {
            named = lastDrugBefore(r, si - 1, r.sentence(si - 1).size()); // "AMD3100 is approved. Its combination"
        }
        Argument drug = named == null ? null : r.argument(named, DRUGS);
        if (drug != null && !drug.node().equals(added.node())) {
            r.emit(RelationType.COMBINED_WITH, List.of(drug), List.of(added), si, t - 1, t + 1, t, t + 1,
                    "nominal-combination-referred", 0.7, out);
        }
    }

    /** The last drug named, not by a reference, before token {@code before} of sentence si; null if none. */
    private static Mention lastDrugBefore(Reading r, int si, int before) {
        Mention last = null;
        for (Mention m : r.mentions(si)) {
            if (m.to() <= before && !m.anaphoric() && m.type() == EntityType.DRUG) {
                last = m;
            }
        }
        return last;
    }
}
