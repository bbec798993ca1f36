package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.ReceptorsNamedAfterLigands;
import org.litkg.recognition.ShapeRecognizer;

/** Objects of a relation verb that are not the first name after it. */
final class ObjectSearch {

    /** What one protein does with another, named after "its": "blocks its interaction with PD-L1". */
    private static final Set<String> INTERACTION_NOUNS = Set.of("interaction", "interactions", "binding", "activity",
            "signalling", "signaling", "function", "action", "actions", "effect", "effects");

    /** Words for the kind of activity between "its" and the noun: "its enzyme activity", "its kinase function". */
    private static final Set<String> ACTIVITY_KINDS = Set.of("enzyme", "enzymatic", "kinase", "catalytic", "biological");

    /** How far before the verb the name "its" stands for may be: the clause the verb shares with it. */
    private static final int POSSESSOR_WINDOW = 12;

    private ObjectSearch() {
    }

    /**
     * "Tislelizumab binds PD-1, a checkpoint receptor on T cells, and blocks its interaction with PD-L1": the object
     * of the verb at {@code t} is what "its" stands for, the nearest allowed name before the verb; null where the verb
     * is not followed by "its" and such a noun. "Their" stands for a list of names only: "attaches to both VEGF-A and
     * Ang-2 and blocks their action" blocks both (found gets the first, whose conjuncts the caller adds).
     */
    static Argument possessorOfInteraction(Reading r, int si, int t, Set<EntityType> patientTypes, int[] found) {
        Sentence s = r.sentence(si);
        if (isBetween(s, t)) { // "blocks the interaction between PD-L1 and PD-1": the first named, which the drug holds
            org.litkg.recognition.Mention first = r.startingAt(si, t + 4);
            Argument named = first == null ? null : r.argument(first, patientTypes);
            if (named != null) {
                found[0] = first.from();
                found[1] = first.to();
            }
            return named;
        }
        int noun = ACTIVITY_KINDS.contains(s.lower(t + 2)) ? t + 3 : t + 2; // "blocks its enzyme activity"
        boolean their = s.lower(t + 1).equals("their");
        if (!s.lower(t + 1).equals("its") && !their || !INTERACTION_NOUNS.contains(s.lower(noun))) {
            return null;
        }
        Argument nearest = r.leftOf(si, t, POSSESSOR_WINDOW, patientTypes, found);
        if (!their || nearest == null) {
            return nearest;
        }
        // not one name: "prevent isoprenylation of small GTPases, thus inhibiting their activity"
        int listStart = SubjectSearch.beforeConjuncts(r, si, found[0], patientTypes) + 1;
        org.litkg.recognition.Mention first = r.startingAt(si, listStart);
        Argument listed = first == null || first.from() == found[0] ? null : r.argument(first, patientTypes);
        if (listed != null) {
            found[0] = first.from();
            found[1] = first.to();
        }
        return listed;
    }

    /** Nouns a protein's name can modify, so that what is carried or switched on is not the protein itself. */
    private static final Set<String> NOT_THE_PROTEIN = Set.of("mutation", "mutations", "mutant", "gene", "genes", "fusion",
            "signalling", "signaling", "pathway", "activity", "insertion", "insertions", "deletion", "deletions",
            "amplification", "amplifications", "alteration", "alterations", "rearrangement", "rearrangements");

    /**
     * Whether a protein object of {@code rel} ending before token k is really its gene, mutation or pathway: "tumours
     * that carry the KRAS G12C mutation", "lung cancer carries an EGFR exon 20 insertion", "switching on EGFR
     * signalling" put no protein on cells and bind none.
     */
    static boolean notTheProtein(RelationType rel, Sentence s, int k) {
        return (rel == RelationType.EXPRESSED_ON || rel == RelationType.BINDS) && modifiesGeneOrPathway(s, k);
    }

    /** Whether the name ending before token k modifies a noun for its gene, mutation or pathway. */
    private static boolean modifiesGeneOrPathway(Sentence s, int k) {
        int next = isSubstitution(s, k) ? k + 1 : k;
        if (s.lower(next).equals("exon") || s.lower(next).equals("codon")) {
            next += 2; // "a PDGFRA exon 18 mutation"
        }
        return NOT_THE_PROTEIN.contains(s.lower(next));
    }

    /** Whether token k is an amino-acid substitution ("G12C", "V600E"), which names a mutant of the gene before it. */
    static boolean isSubstitution(Sentence s, int k) {
        return k >= 0 && k < s.size() && ShapeRecognizer.isAminoAcidSubstitution(s.token(k).text());
    }

    /** "blocks the interaction between A and B" at verb t. */
    static boolean isBetween(Sentence s, int t) {
        return s.lower(t + 1).equals("the") && MEETING_NOUNS.contains(s.lower(t + 2)) && s.lower(t + 3).equals("between");
    }

    /** Interaction nouns that name two proteins meeting, the partner after "with" or "to": "its interaction with PD-1". */
    private static final Set<String> MEETING_NOUNS = Set.of("interaction", "interactions", "binding");

    /**
     * "binds PD-L1 and blocks its interaction with both PD-1 and B7-1": blocking a protein's meeting with its partners
     * says that it binds them. Reads that binding, for the possessors the verb at t was found to block.
     */
    static void readInteractionPartners(Reading r, int si, int t, List<Argument> possessors, List<Statement> out) {
        Sentence s = r.sentence(si);
        int noun = t + 2;
        org.litkg.recognition.Mention firstBetween = isBetween(s, t) ? r.startingAt(si, t + 4) : null;
        int partnerAt = firstBetween != null && s.lower(firstBetween.to()).equals("and") ? firstBetween.to() - 1 : -1;
        boolean partnered = MEETING_NOUNS.contains(s.lower(noun))
                && (s.lower(noun + 1).equals("with") || s.lower(noun + 1).equals("to") || partnerAt > 0);
        if (!partnered || possessors.isEmpty()) {
            return;
        }
        int after = partnerAt > 0 ? partnerAt : noun; // "with" or "to" after the noun, or the "and" of "between A and B"
        int start = s.lower(after + 2).equals("both") || s.lower(after + 2).equals("the") ? after + 3 : after + 2;
        org.litkg.recognition.Mention first = r.startingAt(si, start);
        Argument partner = first == null ? null : r.argument(first, RelationType.BINDS.range());
        if (partner == null) {
            return;
        }
        List<Argument> partners = r.withFollowingConjuncts(si, partner, first.to(), RelationType.BINDS.range());
        // a ligand binds its receptor: "blocks CXCR4's interaction with CXCL12" is CXCL12 binding CXCR4
        boolean receptorsFirst = possessors.stream().allMatch(p -> p.node().type() == EntityType.RECEPTOR)
                && partners.stream().noneMatch(p -> p.node().type() == EntityType.RECEPTOR);
        r.emit(RelationType.BINDS, receptorsFirst ? partners : possessors, receptorsFirst ? possessors : partners, si,
                first.from(), first.to(), noun, noun + 1, "interaction-partner", 0.8, out);
    }

    /** A subject pronoun with its verb at k ("they are", "it binds"): a clause of its own, no object before it. */
    static boolean isPronounWithVerb(Sentence s, int k) {
        String w = s.lower(k);
        String next = s.token(Math.min(k + 1, s.size() - 1)).pos();
        return (w.equals("they") || w.equals("it")) && k + 1 < s.size() && (next.equals("AUX") || next.equals("VERB"));
    }

    /** Words of a noun phrase between a conjunction and the "of" two coordinated nouns share. */
    private static final int SHARED_OF_REACH = 3;

    /**
     * "inhibited the secretion and activity of MMP-9": after the conjunction at k, only nouns (and their modifiers) up
     * to an "of", so the noun before the conjunction is of what follows "of" too.
     */
    static boolean nounsSharingOf(Sentence s, int k) {
        for (int j = k + 1; j < s.size() && j <= k + SHARED_OF_REACH + 1; j++) {
            if (s.lower(j).equals("of")) {
                return j > k + 1;
            }
            String pos = s.token(j).pos();
            boolean plain = s.token(j).text().chars().allMatch(Character::isLowerCase);
            if (!plain || !(pos.equals("NOUN") || pos.equals("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /** "among them" at k, an aside after a class noun that goes on to name its members: "alarm signals, among them". */
    static boolean amongThem(Sentence s, int k) {
        return s.lower(k).equals("among") && (s.lower(k + 1).equals("them") || s.lower(k + 1).equals("these"));
    }

    /**
     * Whether the name m, of a kind none of the allowed types is, opens a list that goes on to other names: in "release
     * histamine, chymase and leukotrienes" the small molecule opens the list of what is released; in "overproduce
     * c-Met, a receptor that" an apposition follows, and a protein of the wrong type is not passed for another.
     */
    static boolean opensListOfOthers(Reading r, int si, Mention m, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        if (allowed.stream().anyMatch(a -> a.kind() == m.type().kind())) {
            return false;
        }
        String link = s.lower(m.to());
        Mention next = r.startingAt(si, m.to() + 1);
        if (next == null || next.anaphoric()) {
            return false;
        }
        String after = s.lower(next.to());
        return link.equals("and") || link.equals("or")
                || link.equals(",") && (after.equals(",") || after.equals("and") || after.equals("or"));
    }

    /** How far past a reference its apposed name may start: "the cells lining those vessels, the endothelial cells". */
    private static final int RENAMING_REACH = 6;

    /**
     * The name a reference ("the cells") is given by an apposition closing the clause: in "sits on the cells lining
     * those vessels, the endothelial cells", the endothelial cells; the first member a family's name is followed by;
     * else null.
     */
    static Mention renamedBy(Reading r, int si, Mention m) {
        Sentence s = r.sentence(si);
        Mention receptor = ReceptorsNamedAfterLigands.receptorAfter(s, m, r.doc.mentions().get(si));
        if (receptor != null) {
            return receptor; // "blocks the CXCL12 receptor CXCR4": the receptor, not its ligand
        }
        int members = ExampleLinks.familyMembersAfter(r, si, m);
        if (members > 0) {
            return r.startingAt(si, members); // "binds proteins of the TGF-beta family, such as GDF11": the members
        }
        Mention called = calledAfterKind(r, si, m); // "a kind of white blood cell called Th17 cells", "immune cells called X"
        if (called != null || ArgumentDeterminers.kindOf(s, m.span())) {
            return called;
        }
        if (!m.anaphoric()) {
            return null;
        }
        for (int k = m.to(); k < Math.min(s.size() - 1, m.to() + RENAMING_REACH); k++) {
            if (s.lower(k).equals(",")) {
                int from = s.lower(k + 1).equals("the") ? k + 2 : k + 1;
                Mention name = r.startingAt(si, from);
                boolean closes = name != null && (name.to() >= s.size() - 1 || s.token(name.to()).pos().equals("PUNCT"));
                return closes && !name.anaphoric() && name.type() == m.type() ? name : null;
            }
            Mention between = r.startingAt(si, k);
            if (between != null && between.type() == m.type() || s.token(k).pos().equals("PUNCT")) {
                return null; // "the cells, T cells among them": a name of its own kind before the apposition
            }
        }
        return null;
    }

    /**
     * The member a kind is called by: "a kind of white blood cell called Th17 cells", "a kind of cell known as a pericyte",
     * "immune cells called basophils"; else null, as "a type of immune cell" names no cell of its own.
     */
    private static Mention calledAfterKind(Reading r, int si, Mention kind) {
        Sentence s = r.sentence(si);
        int next = kind.to();
        if (r.cues.is(org.litkg.recognition.Cues.Category.NAMING_WORD, s.lower(next))) {
            next++;
        } else if (s.lower(next).equals("known") && s.lower(next + 1).equals("as")) {
            next += 2;
        } else {
            return null;
        }
        next += s.lower(next).equals("a") || s.lower(next).equals("an") ? 1 : 0;
        Mention member = r.startingAt(si, next);
        return member != null && !member.anaphoric() && member.type() == kind.type() ? member : null;
    }
}
