package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** What an antibody phrase says its drug binds: "an antibody against CCR4", "an anti-TFPI antibody". */
final class AntibodyPhrases {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);

    private AntibodyPhrases() {
    }

    private static final Set<String> BLOCKING_MODIFIERS = Set.of("neutralising", "neutralizing", "blocking", "antagonist",
            "antagonistic", "inhibitory");

    /**
     * "Mogamulizumab, an antibody against CCR4": the drug binds its target; "a neutralising antibody against
     * CXCL13" blocks it. The drug is the name the phrase is apposed to, or else the unnamed antibody itself,
     * which says something its name does not only when the phrase says it neutralises or blocks.
     */
    static void against(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] at = new int[2];
        Argument target = r.rightOf(si, t + 1, 3, NominalPatterns.PROTEINS, at);
        if (target == null) {
            return;
        }
        int[] drugAt = new int[2];
        Argument drug = r.apposedName(si, t, DRUGS, drugAt);
        if (drug == null) {
            drug = Copulas.subject(r, si, t, DRUGS, drugAt); // "Velimab is an antibody against CCL2"
        }
        Mention own = r.endingAt(si, t);
        boolean unnamed = drug == null && own != null && !own.anaphoric(); // the antibody is only its phrase
        if (unnamed) {
            drug = r.argument(own, DRUGS);
            drugAt = new int[] {own.from(), own.to()};
        }
        boolean blocking = false;
        for (int k = t - 1; k >= Math.max(0, t - 3) && !s.lower(k).equals(","); k--) {
            blocking |= BLOCKING_MODIFIERS.contains(s.lower(k));
        }
        if (drug == null || unnamed && !blocking) {
            return; // that "an antibody against CCR8" binds CCR8 is its name, not a finding
        }
        List<Argument> targets = r.withFollowingConjuncts(si, target, at[1], NominalPatterns.PROTEINS); // "against X and Y"
        r.emit(blocking ? RelationType.BLOCKS : RelationType.BINDS, List.of(drug), targets, si, drugAt[0], drugAt[1],
                t, t + 2, "nominal-antibody", 0.8, out);
    }

    /**
     * "Concitizumab, a similar anti-TFPI antibody", "Atezolizumab is an anti-PD-L1 antibody": the drug the phrase is
     * apposed or predicated to binds the target its "anti-" word names, where the document names that target. An
     * antibody known only by the phrase says nothing its name does not.
     */
    static void antiTarget(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        String targetName = s.token(t).text().substring("anti-".length());
        Argument target = namedInDocument(r, targetName, s.token(t).span());
        int[] drugAt = new int[2];
        Argument drug = target == null ? null : r.apposedName(si, t, DRUGS, drugAt);
        if (drug == null && target != null) {
            drug = Copulas.subject(r, si, t, DRUGS, drugAt);
        }
        if (drug != null) {
            r.emit(RelationType.BINDS, List.of(drug), List.of(target), si, drugAt[0], drugAt[1], t, t + 2, "nominal-antibody",
                    0.8, out);
        }
    }

    /**
     * The protein a name inside a word stands for ("TFPI" in "anti-TFPI"), found by a mention written the same way
     * elsewhere in the document; the words cited are the given span. Null where the document does not name it.
     */
    private static Argument namedInDocument(Reading r, String name, org.litkg.document.Span span) {
        for (List<Mention> ms : r.doc.mentions()) {
            for (Mention m : ms) {
                Argument a = m.anaphoric() || !m.text().equalsIgnoreCase(name) ? null : r.argument(m, NominalPatterns.PROTEINS);
                if (a != null) {
                    return new Argument(a.node(), span, name, false);
                }
            }
        }
        return null;
    }
}
