package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A form's treatment field, a drug and its partner after "with" and no verb: an appointment card's "Treatment:
 * plerixafor injection (frees your stem cells so they can be collected), with filgrastim". The field names one
 * regimen, so the drugs are combined.
 */
final class LabelledRegimens {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);
    private static final Set<String> LABELS = Set.of("treatment", "treatments", "regimen", "therapy", "medication",
            "medications", "medicine", "medicines", "drugs", "plan");
    /** How a drug is given, named after it: "plerixafor injection", "maraviroc tablets". */
    private static final Set<String> FORMS = Set.of("injection", "injections", "infusion", "infusions", "tablet",
            "tablets", "capsule", "capsules", "jab", "jabs", "pill", "pills");
    /** How far a bracketed note after the drug may run: "(frees your stem cells so they can be collected)". */
    private static final int NOTE_REACH = 16;

    private LabelledRegimens() {
    }

    /** Whether the "with" at t may join a treatment field's drug to its partner. */
    static boolean at(Sentence s, int t) {
        return (s.lower(t).equals("with") || s.lower(t).equals("plus")) && t > 2 && LABELS.contains(s.lower(0))
                && s.afterWrittenColon(0, 1) == 2;
    }

    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention drug = r.startingAt(si, 2);
        Mention partner = r.startingAt(si, t + 1);
        if (drug == null || partner == null || drug.anaphoric() || partner.anaphoric()) {
            return;
        }
        int k = drug.to();
        k = FORMS.contains(s.lower(k)) ? k + 1 : k;
        k = Parentheticals.after(s, k, NOTE_REACH); // past a bracketed note
        k = s.lower(k).equals(",") ? k + 1 : k;
        Argument a = k == t ? r.argument(drug, DRUGS) : null;
        Argument b = a == null ? null : r.argument(partner, DRUGS);
        if (b == null || a.node().equals(b.node())) {
            return;
        }
        List<Argument> partners = r.withFollowingConjuncts(si, b, partner.to(), DRUGS);
        r.emit(RelationType.COMBINED_WITH, List.of(a), partners, si, drug.from(), drug.to(), t, t + 1,
                "labelled-regimen", 0.75, out);
    }
}
