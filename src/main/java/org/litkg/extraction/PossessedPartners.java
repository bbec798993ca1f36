package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A protein's partner named after "its": "CXCL12 and its receptor CXCR4", "Its two ligands, CCL17 and CCL22, are made
 * by dendritic cells" after a sentence naming CCR4. The name after the noun binds (or is bound by) the protein "its"
 * stands for.
 */
final class PossessedPartners {

    private static final Set<EntityType> PROTEINS = NominalPatterns.PROTEINS;

    private PossessedPartners() {
    }

    /**
     * "CXCL12 and its receptor CXCR4", "monocytes, which carry its receptor CCR2", "C5a binds its receptor,
     * C5aR1": the name after the noun binds (or is bound by) the nearest protein before "its".
     */
    static void possessedPartner(Reading r, int si, int t, boolean receptorNamed, List<Statement> out) {
        possessedPartner(r, si, t, out, (owner, partner) -> receptorNamed);
    }

    /**
     * "OX40 is a receptor on T cells; its partner, OX40 ligand, ...": which of the two is the receptor
     * comes from their types; where neither is a receptor, nothing is said.
     */
    private static void possessedPartnerByType(Reading r, int si, int t, List<Statement> out) {
        possessedPartner(r, si, t, out, (owner, partner) -> owner.node().type() == EntityType.RECEPTOR ? Boolean.FALSE
                : partner.node().type() == EntityType.RECEPTOR ? Boolean.TRUE : null);
    }

    private static void possessedPartner(Reading r, int si, int t, List<Statement> out,
            java.util.function.BiFunction<Argument, Argument, Boolean> partnerIsReceptor) {
        Sentence s = r.sentence(si);
        // "its receptor, CCR2", "Its only known ligand is CX3CL1"
        int nameAt = s.lower(t + 1).equals(",") || Copulas.COPULAS.contains(s.lower(t + 1)) ? t + 2 : t + 1;
        Mention named = r.startingAt(si, nameAt);
        int its = Math.max(0, itsBefore(s, t));
        Mention apposed = named == null && s.lower(its - 1).equals(",") ? r.endingAt(si, its - 2) : null;
        named = apposed != null && !apposed.anaphoric() ? apposed : named; // "stops it from reaching CCR2, its receptor"
        Argument partner = named == null || named.anaphoric() ? null : r.argument(named, PROTEINS);
        int[] found = new int[2];
        int ownerBefore = named == apposed && apposed != null ? apposed.from() : t - 1;
        Argument owner = partner == null ? null : r.leftOf(si, ownerBefore, 20, PROTEINS, found);
        for (int k = t - 2; owner == null && partner != null && k > 0 && t - k <= 20; k--) {
            if (s.lower(k).equals(";")) {
                owner = r.leftOf(si, k, 20, PROTEINS, found); // "OX40 is a receptor on T cells; its partner, OX40L,"
            }
        }
        if (owner == null && partner != null && si > 0 && noDrugBefore(r, si, its)) {
            owner = firstProtein(r, si - 1); // "CCR4 is expressed on Tregs. Its two ligands, CCL17 and CCL22, ..."
            found = new int[] {its, its + 1};
        }
        Boolean receptorNamed = owner == null ? null : partnerIsReceptor.apply(owner, partner);
        if (receptorNamed == null || owner.node().equals(partner.node())) {
            return;
        }
        // "its two ligands, CCL17 and CCL22": each name of a plural noun's list (not "its receptor CCR2, and CCL5")
        List<Argument> partners = s.lower(t).endsWith("s") ? r.withFollowingConjuncts(si, partner, named.to(), PROTEINS)
                : List.of(partner);
        List<Argument> ligands = receptorNamed ? List.of(owner) : partners;
        List<Argument> receptors = receptorNamed ? partners : List.of(owner);
        r.emit(RelationType.BINDS, ligands, receptors, si, found[0], found[1], t - 1, t + 1, "nominal-partner", 0.75, out);
    }

    /** No drug is named before token k of sentence si, which could own what "its" at k names. */
    private static boolean noDrugBefore(Reading r, int si, int k) {
        return r.doc.mentions().get(si).stream().noneMatch(m -> m.to() <= k && m.type().kind() == EntityType.Kind.DRUG);
    }

    /** Words between "its" and a partner noun: "its two ligands", "its only receptor". */
    private static final Set<String> PARTNER_COUNTS = Set.of("two", "three", "both", "main", "only", "known", "sole",
            "principal");

    /** "its partner" or a partner noun after "'s": "the receptor's natural partner", "CXCR4's ligand". */
    static boolean isOwnedPartner(Sentence s, int t, String lemma) {
        return lemma.equals("partner") && s.lower(t - 1).equals("its")
                || PartnerNominals.PARTNER_NOUNS.contains(lemma) && possessiveMark(s, t) > 0;
    }

    static void ownedPartner(Reading r, int si, int t, String lemma, List<Statement> out) {
        if (r.sentence(si).lower(t - 1).equals("its")) {
            possessedPartnerByType(r, si, t, out);
        } else {
            ownerBeforeMark(r, si, t, lemma, out);
        }
    }

    /** The "'s" before the partner noun at t, past one modifier ("the receptor's natural partner"); else -1. */
    private static int possessiveMark(Sentence s, int t) {
        int k = isPossessive(s.lower(t - 1)) ? t - 1 : -1;
        boolean modifier = PARTNER_COUNTS.contains(s.lower(t - 1)) || s.token(Math.max(0, t - 1)).pos().equals("ADJ");
        return k < 0 && modifier && isPossessive(s.lower(t - 2)) ? t - 2 : k;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    /**
     * "Cells in the lung make CXCL12, the receptor's natural partner", "CXCR4's ligand, CXCL12": the name apposed to
     * the noun (or after it) binds, or is bound by, the protein before "'s", named or referred to.
     */
    private static void ownerBeforeMark(Reading r, int si, int t, String lemma, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention ownerMention = r.endingAt(si, possessiveMark(s, t) - 1);
        Argument owner = ownerMention == null ? null : r.argument(ownerMention, PROTEINS);
        int[] found = new int[2];
        Argument partner = r.apposedName(si, t, PROTEINS, found);
        if (partner == null) {
            Mention after = r.startingAt(si, s.lower(t + 1).equals(",") ? t + 2 : t + 1);
            partner = after == null || after.anaphoric() ? null : r.argument(after, PROTEINS);
            found = after == null ? found : new int[] {after.from(), after.to()};
        }
        Mention subject = partner == null && ownerMention != null ? copularSubject(r, si, ownerMention.from()) : null;
        if (subject != null) { // "CXCL12 is the receptor's natural ligand"
            partner = r.argument(subject, PROTEINS);
            found = new int[] {subject.from(), subject.to()};
        }
        if (owner == null || partner == null || owner.node().equals(partner.node())) {
            return;
        }
        boolean receptorNamed = lemma.equals("receptor")
                || lemma.equals("partner") && partner.node().type() == EntityType.RECEPTOR;
        if (lemma.equals("partner") && !receptorNamed && owner.node().type() != EntityType.RECEPTOR) {
            return; // neither is a receptor: which binds which is not said
        }
        r.emit(RelationType.BINDS, List.of(receptorNamed ? owner : partner), List.of(receptorNamed ? partner : owner), si,
                found[0], found[1], t - 1, t + 1, "nominal-partner", 0.75, out);
    }

    /** The name before "is" right before the phrase opening at k ("CXCL12 is the receptor's ..."), or null. */
    private static Mention copularSubject(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int copula = s.lower(k - 1).equals("the") ? k - 2 : k - 1;
        Mention subject = Copulas.COPULAS.contains(s.lower(copula)) ? r.endingAt(si, copula - 1) : null;
        return subject == null || subject.anaphoric() ? null : subject;
    }

    /** "its receptor", "its two ligands": the partner noun at t is the possessed one. */
    static boolean possessed(Sentence s, int t) {
        return itsBefore(s, t) >= 0;
    }

    /** The "its" before the partner noun at t, past up to two counting words ("its only known ligand"); else -1. */
    private static int itsBefore(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            if (s.lower(k).equals("its")) {
                return k;
            }
            if (!PARTNER_COUNTS.contains(s.lower(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first protein named in sentence si, which "its" opening the next sentence stands for ("CXCL12 ... is made by
     * stromal cells. Stem cells carry its receptor, CXCR4"); null if none is named there.
     */
    private static Argument firstProtein(Reading r, int si) {
        for (Mention m : r.doc.mentions().get(si)) {
            Argument a = m.anaphoric() ? null : r.argument(m, PROTEINS);
            if (a != null) {
                return a;
            }
        }
        return null;
    }
}
