package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** A ligand and its receptor named as each other's partner: "CXCL12, the ligand of CXCR4", "its receptor, CCR2". */
final class PartnerNominals {

    private static final Set<EntityType> PROTEINS = NominalPatterns.PROTEINS;

    private PartnerNominals() {
    }

    /**
     * "CXCL12, the ligand of CXCR4", "CXCR7, a second receptor for CXCL12" and "Both are ligands of
     * CCR4": the ligand binds the receptor.
     */
    static void partner(Reading r, int si, int t, boolean ligandNamedFirst, List<Statement> out) {
        int[] named = new int[2];
        Argument apposed = r.apposedName(si, t, PROTEINS, named);
        if (apposed == null) {
            apposed = Copulas.subject(r, si, t, PROTEINS, named); // "CCL20 is the only known ligand of CCR6"
        }
        Mention itself = apposed == null && !ligandNamedFirst ? r.startingAt(si, t) : null;
        if (itself != null && !itself.anaphoric() && itself.type() == EntityType.RECEPTOR) {
            apposed = r.argument(itself, PROTEINS); // "blocks the receptor for GIP": the receptor its ligand names
            named[0] = t;
            named[1] = t + 1;
        }
        Mention other = r.startingAt(si, t + 2);
        if (other == null && r.sentence(si).lower(t + 2).equals("the")
                && r.cues.is(org.litkg.recognition.Cues.Category.PROTEIN_NOUN, r.sentence(si).lower(t + 3))) {
            other = r.startingAt(si, t + 4); // "the receptor for the chemokine CCL19": the name after its class noun
        }
        Argument partner = other == null ? r.pronoun(si, t + 2, PROTEINS) : r.argument(other, PROTEINS);
        int partnerEnd = other != null ? other.to() : partner != null ? t + 3 : -1; // "the receptor for it, IL-17RA"
        String article = r.sentence(si).lower(t - 1);
        // "a receptor for CCL2, CCR2", "two receptors for it, A and B", "both receptors for it, A and B"
        boolean opened = Reading.ARTICLES.contains(article) || article.equals("both");
        Mention after = apposed == null && partnerEnd > 0 && opened
                ? NamedAfterNouns.apposedAt(r.sentence(si), r.doc.mentions().get(si), partnerEnd, EntityType.RECEPTOR) : null;
        if (after != null && !ligandNamedFirst) { // "the receptor for this protein, CXCR4,", "a receptor for CCL2, CCR2"
            apposed = r.argument(after, PROTEINS);
            named[0] = after.from();
            named[1] = after.to();
        }
        if (apposed != null && partner != null && other != null && other.anaphoric() && partner.node().equals(apposed.node())) {
            // "a receptor for that signal, CCR2": the name apposed to the receptor is not what "that signal" stands for
            partner = r.argumentOtherThan(other, PROTEINS, apposed);
        }
        if (apposed == null || partner == null || itself != null && unknownAfter(r.sentence(si), partnerEnd)) {
            return; // "The receptor for CCL18 is still debated": no receptor is known to bind it
        }
        // "the receptor for CXCL1 and CXCL5": each ligand
        List<Argument> pair = other == null && r.sentence(si).lower(t + 2).equals("both")
                ? PairReferences.lastPair(r, si, t, PROTEINS) : List.of(); // "CCR7, the receptor for both"
        List<Argument> partners = !pair.isEmpty() ? pair : after != null ? List.of(partner) // not "for it, A and B"
                : r.withFollowingConjuncts(si, partner, partnerEnd, PROTEINS);
        // "CXCL1 and CXCL8, two ligands of CXCR2": a plural noun describes each name of the list before it
        boolean plural = r.sentence(si).lower(t).endsWith("s");
        List<Argument> described = after == null && plural ? r.withPrecedingConjuncts(si, apposed, named[0], PROTEINS)
                : plural ? r.withFollowingConjuncts(si, apposed, named[1], PROTEINS) // "two receptors for it, A and B"
                : List.of(apposed);
        List<Argument> ligands = ligandNamedFirst ? described : partners;
        List<Argument> receptors = ligandNamedFirst ? partners : described;
        r.emit(RelationType.BINDS, ligands, receptors, si, named[0], named[1], t, t + 2, "nominal-partner", 0.8, out);
    }

    /** Nouns for one of a ligand and its receptor, before "of" or "for" the other: "the ligand of CXCR4". */
    static final Set<String> PARTNER_NOUNS = Set.of("ligand", "receptor", "chemokine", "partner");

    /**
     * Whether the name before the partner noun at t is the ligand: "a ligand of" or "the chemokine for" a receptor, not
     * "a receptor for" a ligand; "the only known partner of CCR9" by the type of the name after it.
     */
    static boolean ligandNamedFirst(Reading r, int si, int t, String lemma) {
        if (!lemma.equals("partner")) {
            return !lemma.equals("receptor");
        }
        Sentence s = r.sentence(si);
        int at = s.lower(t + 2).equals("the") ? t + 3 : t + 2;
        Mention after = r.startingAt(si, at);
        return after != null && after.type() == EntityType.RECEPTOR;
    }

    /** Words that say a thing is not known: "is still debated", "remains unknown". */
    private static final java.util.Set<String> UNKNOWN = java.util.Set.of("debated", "unknown", "unclear", "disputed",
            "uncertain", "unidentified", "mystery", "elusive", "controversial");
    /** How many words may stand between the phrase and the word that says it is not known: "is still debated". */
    private static final int UNKNOWN_REACH = 4;

    /** Whether the phrase ending before token k is said not to be known: "The receptor for CCL18 is still debated". */
    private static boolean unknownAfter(org.litkg.analysis.Sentence s, int k) {
        for (int j = k; j < Math.min(s.size(), k + UNKNOWN_REACH); j++) {
            if (UNKNOWN.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }
}
