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
 * before, in the sentence or the one before it; the drug after "with" is its partner. So is one that a sentence of
 * its own adds to the finding before: a chat's "S-531011 wipes them out in mice." then "with an anti-PD-1 antibody
 * too".
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
        Mention partner = partnerAfter(r, si, t + 1);
        Argument added = partner == null ? null : r.argument(partner, DRUGS);
        Mention named = added == null ? null : lastDrugBefore(r, si, t - 1);
        if (named == null && added != null && si > 0) {
            named = lastDrugBefore(r, si - 1, r.sentence(si - 1).size()); // "AMD3100 is approved. Its combination"
        }
        emit(r, si, named, added, t - 1, t + 1, t, out);
    }

    /** What may close a sentence that only adds a partner: "with an anti-PD-1 antibody too", "plus X as well.". */
    private static final Set<String> CLOSING = Set.of("too", "also", "as", "well", ".", "!");
    private static final Set<String> ADDING = Set.of("with", "plus");

    /** Whether the sentence is only "with" and a drug: a chat's "with an anti-PD-1 antibody too", after a finding. */
    static boolean isAddedPartner(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        boolean opens = t == s.afterShortLabel() && si > 0 && ADDING.contains(s.lower(t));
        Mention partner = opens ? partnerAfter(r, si, t) : null;
        return partner != null && java.util.stream.IntStream.range(partner.to(), s.size())
                .allMatch(k -> CLOSING.contains(s.lower(k)));
    }

    /** The sentence before's last drug combined with the partner the sentence at si adds ({@link #isAddedPartner}). */
    static void readAddedPartner(Reading r, int si, int t, List<Statement> out) {
        Mention partner = partnerAfter(r, si, t);
        emit(r, si, lastDrugBefore(r, si - 1, r.sentence(si - 1).size()), r.argument(partner, DRUGS), t, t + 1, t, out);
    }

    /** The name after the preposition at {@code with}, perhaps after its article: "with an anti-PD-1 antibody". */
    private static Mention partnerAfter(Reading r, int si, int with) {
        Mention partner = r.startingAt(si, with + 1);
        return partner != null ? partner : r.startingAt(si, with + 2);
    }

    private static void emit(Reading r, int si, Mention named, Argument added, int from, int to, int t,
                             List<Statement> out) {
        Argument drug = named == null || added == null ? null : r.argument(named, DRUGS);
        if (drug != null && !drug.node().equals(added.node())) {
            r.emit(RelationType.COMBINED_WITH, List.of(drug), List.of(added), si, from, to, t, t + 1,
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
