package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.AnaphorRecognizer;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.DrugContextRecognizer;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Where a verb's subject really is when the nearest name before the verb is not it: the head before a
 * relative clause ("the Tregs that follow it into the tumour release"), the subject after a fronted clause, the
 * antecedent of "which" and "that", and the name a relative clause's object stands for ("CXCL12, which stromal cells
 * release"). {@link ModifiedSubjects} finds the head before a prepositional modifier.
 */
final class SubjectSearch {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "our");
    /** Prepositions that place a subject before its verb, past the place: "T cells in the salivary glands carry". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "within", "inside", "around", "near");

    /**
     * Whether the name m, after the preposition at det, sits in a modifier of the head before it rather than heading
     * the subject: "T cells in the glands", the cells a protein is on ("the α4β7 integrin on gut-homing T cells
     * binds"), or the disease of the people some cells come from ("Neutrophils from people with severe asthma carry").
     */
    static boolean modifiesHeadBefore(Sentence s, int det, Mention m) {
        int with = s.token(Math.max(0, det)).pos().equals("ADJ") ? det - 1 : det; // "people with severe asthma"
        boolean cellsOn = s.lower(det).equals("on") && m.type() == EntityType.CELL_TYPE;
        return PLACE_PREPOSITIONS.contains(s.lower(det)) || cellsOn
                || PeoplesModifiers.peopleBefore(s, with) >= 0;
    }
    /**
     * Prepositions that open a modifier between a subject and its verb: "fibroblasts in the stroma release", "release
     * CXCL12 across the stroma, trapping T cells".
     */
    static final Set<String> MODIFIER_PREPOSITIONS = Set.of("in", "within", "inside", "of", "from", "around", "near",
            "at", "across", "throughout");

    private SubjectSearch() {
    }

    /**
     * Where a name before a relative clause ends: at the bracketed short name when the name ends with one
     * ("apolipoprotein C-III (APOC3), which hepatocytes secrete"), which names the same thing, or before a bracketed
     * gloss that names nothing litkg knows ("KLK2 (human kallikrein 2), which is found"); else at {@code end}.
     */
    static int bracketedName(Reading r, int si, int end) {
        Sentence s = r.sentence(si);
        if (end <= 1 || !s.lower(end).equals(")")) {
            return end;
        }
        if (r.endingAt(si, end - 1) != null) {
            return end - 1;
        }
        for (int k = end - 1; k > 0 && k >= end - MAX_GLOSS; k--) {
            if (s.lower(k).equals("(")) {
                return r.endingAt(si, k - 1) != null ? k - 1 : end;
            }
        }
        return end;
    }

    /** The most tokens a bracketed gloss after a name holds ("(carcinoembryonic antigen-related ... molecule 5)"). */
    private static final int MAX_GLOSS = 10;

    /**
     * In "X, which A and B release", the X a relative clause's subject follows: the mention before
     * "which" or "that", past the subject's determiner and the conjuncts before it; null if none.
     */
    static Mention relativeObject(Reading r, int si, int subjectStart, Set<EntityType> subjectTypes) {
        Sentence s = r.sentence(si);
        int k = OrganCells.beforePlacedCells(r, si, beforeConjuncts(r, si, subjectStart, subjectTypes));
        Mention named = r.cues.is(Category.NAMING_WORD, s.lower(k)) ? r.endingAt(si, k - 1) : null;
        if (named != null) {
            k = named.from() - 1; // "a hormone that bone cells called osteocytes release"
        }
        for (int adjectives = 0; adjectives < 2 && k > 0 && Reading.isModifierWord(s.token(k)) && r.endingAt(si, k) == null
                && !Reading.RELATIVE_PRONOUNS.contains(s.lower(k)); adjectives++) {
            k--; // "an alarm signal that damaged airway epithelial cells release"
        }
        if (k <= 0 || !Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
            return null;
        }
        int end = s.lower(k - 1).equals(",") ? k - 2 : k - 1;
        end = bracketedName(r, si, end);
        Mention kin = r.endingAt(si, end);
        if (kin != null && s.lower(kin.from() - 1).equals("of")
                && KIN_NOUNS.contains(org.litkg.analysis.Lemmatizer.singular(s.lower(kin.from() - 2)))) {
            // "NAE, a close relative of SAE that pevonedistat blocks": the clause is the relative's, not SAE's
            int[] found = {-1, -1};
            return r.apposedName(si, kin.from() - 2, KIN_TYPES, found) == null ? null : r.endingAt(si, found[1] - 1);
        }
        Mention classed = ClassNamedDrugs.drugBeforeClass(r, si, end);
        if (classed != null) {
            return classed; // "macitentan, an endothelin receptor antagonist that the FDA approved"
        }
        Mention m = r.endingAtOrBeforeNoun(si, end); // "IL-36 cytokines, which keratinocytes release"
        // "Ruxolitinib cream, which the FDA approved": the drug before its formulation
        Mention formulated = m == null && DrugContextRecognizer.isFormulation(s.lower(end)) ? r.endingAt(si, end - 1)
                : null;
        m = formulated != null && formulated.type() == EntityType.DRUG ? formulated : m;
        if (m == null) {
            // "IL-33 is an alarm signal that damaged epithelial cells release": the named subject of the copula
            int copula = Copulas.before(r, si, end);
            Mention subject = copula > 0 ? Copulas.subjectMention(r, si, copula) : null;
            return subject == null || subject.anaphoric() ? null : subject;
        }
        // "CCR4, a receptor that Tregs carry": an apposed noun stands for the name before it
        boolean apposition = m.anaphoric() && s.lower(m.from() - 1).equals(",");
        return m.anaphoric() && !apposition ? null : m;
    }

    /** Nouns for one thing's kin, which a relative clause after "a relative of X" describes instead of X. */
    static final Set<String> KIN_NOUNS = Set.of("relative", "cousin", "homologue", "homolog", "paralogue",
            "paralog", "sibling", "counterpart");
    private static final Set<EntityType> KIN_TYPES = java.util.EnumSet.of(EntityType.PROTEIN, EntityType.RECEPTOR,
            EntityType.CHEMOKINE, EntityType.DRUG);

    /** The token before the conjuncts (of the given types, with their determiners) that end just before {@code start}. */
    static int beforeConjuncts(Reading r, int si, int start, Set<EntityType> types) {
        Sentence s = r.sentence(si);
        int k = start - 1;
        while (k > 0) {
            Mention m = r.endingAt(si, k);
            boolean determiner = DETERMINERS.contains(s.lower(k)) && !Reading.RELATIVE_PRONOUNS.contains(s.lower(k));
            if (determiner || s.lower(k).equals("and") || s.lower(k).equals("or") || s.lower(k).equals(",")) {
                k--;
            } else if (m == null && CELL_NOUNS.contains(s.lower(k)) && r.endingAt(si, k - 1) != null) {
                k--; // "which hepatocellular carcinoma cells and Kupffer cells express": the cancer's own cells
            } else if (m == null && r.cues.is(Category.STOP_MODIFIER, s.lower(k)) && s.lower(k - 1).equals("the")) {
                k--; // "which the cancer cells and the surrounding stroma release"
            } else if (m == null && Possessives.isPossessiveMark(s.lower(k)) && k > 2 && (r.endingAt(si, k - 1) != null
                    || DETERMINERS.contains(s.lower(k - 2)))) {
                // "which the graft's tubular cells release", "which the tumour's stromal cells release": past the owner
                Mention owner = r.endingAt(si, k - 1);
                k = owner != null ? owner.from() - 1 : k - 2;
            } else if (m != null && r.argument(m, types) != null) {
                k = m.from() - 1;
            } else {
                break;
            }
        }
        return k;
    }

    /** In "X, made by Y" or "X, from Y", the X a maker Y follows; null where Y follows no such phrase. */
    static Mention madeBefore(Reading r, int si, Mention maker) {
        Sentence s = r.sentence(si);
        int k = Possessives.possessorStart(r, si, maker.from()) - 1; // "made by the marrow's stromal cells"
        k -= Reading.ARTICLES.contains(s.lower(k)) ? 1 : 0; // "made by the stromal cells"
        Mention whole = s.lower(k).equals("of") ? r.endingAt(si, k - 1) : null;
        if (whole != null && whole.from() < maker.from()) { // "made by stromal cells of the marrow": the cells made it
            k = Possessives.possessorStart(r, si, whole.from()) - 1;
            k -= Reading.ARTICLES.contains(s.lower(k)) ? 1 : 0;
        }
        if (s.lower(k).equals("by") && r.cues.is(Category.MAKER_VERB, s.lower(k - 1))) {
            k -= 2;
        } else if (s.lower(k).equals("from")) {
            k--;
        } else {
            return null;
        }
        // ", made by X, which" and "an antibody made by X that": the name before the maker's phrase, or before its
        // bracketed alias ("Fractalkine (CX3CL1), made by")
        Mention named = s.lower(k).equals(",") ? r.endingAt(si, Parentheticals.before(s, k - 1)) : r.endingAt(si, k);
        int apposed = k;
        while (named == null && apposed > k - APPOSED_NOUN_WORDS && apposed > 0 && !s.token(apposed).isPunctuation()
                && !s.token(apposed).isCapitalised()) {
            apposed--; // "bimekizumab, an injection made by UCB that": the name the unnamed noun is apposed to
        }
        return named == null && apposed < k && s.lower(apposed).equals(",")
                ? r.endingAt(si, Parentheticals.before(s, apposed - 1)) : named;
    }

    /** How many words an apposed noun phrase before a maker's phrase may take: "a twice-yearly injection". */
    private static final int APPOSED_NOUN_WORDS = 4;

    /** Verbs of blocking whose object a clause set off by ", which" may stand for the blocking of. */
    private static final Set<String> BLOCKING_LEMMAS = Set.of("block", "inhibit", "antagonize", "antagonise");
    /** Plural nouns for drugs of a kind, which a relative clause after a preposition describes unnamed. */
    private static final Set<String> GENERIC_AGENTS = Set.of("drugs", "medicines", "medications", "agents", "compounds",
            "molecules", "therapies", "treatments");

    /** Words that join a partner to a drug: "combining the antibody with a drug that blocks IL-6". */
    private static final Set<String> PARTNER_LINKS = Set.of("with", "alongside", "plus");

    /**
     * The word a relative pronoun at {@code pronoun} stands for: the mention right before it (after a
     * comma, if any), or, for a bare noun apposed to mentions ("CCL22 and CCL17, chemokines that
     * recruit"), the mention before that apposition. Whether it can be the subject.
     */
    static boolean antecedentAllowed(Reading r, int si, int pronoun, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        int k = pronoun - 1;
        if (s.lower(k).equals(",")) {
            k--;
        }
        Mention m = r.endingAt(si, k);
        int plural = RelativeHeads.beforePlaceAdjunct(r, si, m, pronoun, allowed); // "cells from the marrow that carry"
        k = plural > 0 ? plural : k;
        m = plural > 0 ? r.endingAt(si, k) : m;
        if (m != null && m.anaphoric() && r.argument(m, allowed) == null && s.lower(m.from() - 1).equals(",")) {
            k = m.from() - 2; // "a nanobody, a very small antibody, that binds": the phrase the description is apposed to
            Mention apposed = r.endingAt(si, k);
            if (apposed != null && apposed.type().kind() != m.type().kind()) {
                return true; // "In rats with sepsis, a drug that blocks CCR1, called BX471": a fronted phrase ends there
            }
            m = apposed;
        }
        m = RelativeHeads.pastTimeAdjunct(r, si, m, allowed); // "release CXCL12 during sepsis, which binds"
        Mention made = m == null ? null : madeBefore(r, si, m);
        if (made != null && r.argument(m, allowed) == null) {
            m = made; // "elafibranor, made by Ipsen, which activates": the drug, not its maker
        }
        if (m != null) {
            // "plerixafor blocks CXCR4, which frees stem cells": the blocking frees them, which its drug does
            boolean blocking = allowed.contains(EntityType.DRUG) && m.from() > 0
                    && BLOCKING_LEMMAS.contains(s.token(m.from() - 1).lemma()) && s.lower(pronoun - 1).equals(",");
            return r.argument(m, allowed) != null || blocking;
        }
        if (k < 0 || !isNominal(s.token(k))) {
            return true; // not a noun phrase we can read ("That blocks X" opening a line): leave it to the usual search
        }
        EntityType head = AnaphorRecognizer.typeNoun(s, k);
        boolean drugHead = head != null && head.kind() == EntityType.Kind.DRUG;
        if (drugHead && allowed.stream().noneMatch(a -> a.kind() == EntityType.Kind.DRUG)) {
            return false; // "They give X with a drug that switches CXCL10 back on": a drug, not "they", switches it on
        }
        int j = k;
        while (j > 0 && (isNominal(s.token(j)) || s.token(j).pos().equals("ADJ")) && r.endingAt(si, j) == null) {
            j--;
        }
        if (GENERIC_AGENTS.contains(s.lower(k)) && j == k - 1 && s.token(j).pos().equals("ADP")
                && !s.lower(j).equals("of") && !s.lower(j).equals("among")) {
            return false; // "the loss seen with drugs that block Aurora kinase A": drugs of a kind, none named
        }
        if (Reading.ARTICLES.contains(s.lower(j)) || s.lower(j).equals("both")) {
            j--; // "CXCL1 and CXCL5, two chemokines that attract neutrophils"
        }
        if (drugHead && PARTNER_LINKS.contains(s.lower(j))) {
            return false; // "combining the antibody with a drug that blocks IL-6": a drug of its own, none named
        }
        if (s.lower(j).equals(",")) {
            // "monomethyl auristatin E (MMAE), a toxin that blocks tubulin": the name before its bracketed alias
            Mention apposed = r.endingAt(si, Parentheticals.before(s, j - 1));
            return apposed != null && r.argument(apposed, allowed) != null;
        }
        return true;
    }

    /**
     * "the drug-cyclophilin complex then binds RAS": a complex named for a drug and the protein it holds acts as
     * the drug, the name before the hyphen.
     */
    static Argument ownerOfComplex(Reading r, int si, Argument agent, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        if (!s.lower(found[1]).startsWith("complex") || !s.lower(found[0] - 1).equals("-")) {
            return agent;
        }
        Mention owner = r.endingAt(si, found[0] - 2);
        Argument ownerArgument = owner == null ? null : r.argument(owner, allowed);
        if (ownerArgument == null) {
            return agent;
        }
        found[0] = owner.from();
        found[1] = owner.to();
        return ownerArgument;
    }

    /**
     * "Prostate cancer cells that have escaped enzalutamide secrete CXCL8", "Tumours that switched on the WNT pathway
     * make less CCL4": a name that cannot fill the role, or the noun it modifies, ends a relative clause just before the
     * verb at t, so the subject is the head the clause modifies; null where there is none.
     */
    static Argument headBeforeClauseEndingAt(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        Mention last = r.endingAt(si, t - 1);
        boolean headNoun = t > 1 && s.token(t - 1).pos().equals("NOUN")
                && s.token(t - 1).text().chars().allMatch(Character::isLowerCase);
        last = last == null && headNoun ? r.endingAt(si, t - 2) : last; // "that activated the WNT pathway make"
        if (last == null || last.anaphoric()) {
            return null;
        }
        int[] at = {last.from(), last.to()};
        Argument head = RelativeHeads.headBeforeRelativeClause(r, si, null, allowed, at);
        if (head != null) {
            found[0] = at[0];
            found[1] = at[1];
        }
        return head;
    }

    /**
     * "CXCL12, a chemokine that the tumour cells secrete, attracts T cells": when the nearest candidate is the subject
     * of an object relative clause that closes with a comma just before the verb at t, the verb's subject is what
     * the clause modifies (null when that cannot fill the role).
     */
    static Argument antecedentOfObjectRelative(Reading r, int si, int t, Argument agent, Set<EntityType> allowed,
                                               int[] found) {
        Sentence s = r.sentence(si);
        int clauseVerbs = t - 1 - found[1];
        if (!Reading.RELATIVE_PRONOUNS.contains(s.lower(found[0] - 1)) || !s.lower(t - 1).equals(",")
                || clauseVerbs < 1 || clauseVerbs > 3) {
            return agent;
        }
        Mention antecedent = relativeObject(r, si, found[0], allowed);
        Argument a = antecedent == null ? null : r.argument(antecedent, allowed);
        if (a != null) {
            found[0] = antecedent.from();
            found[1] = antecedent.to();
        }
        return a;
    }

    /**
     * "Endothelial cells, which line the blood vessels, release Ang-2", "X, which blocks Y and lowers Z, was approved":
     * when the nearest candidate sits inside a non-restrictive relative clause that closes with the comma before the
     * verb group ending at t, the subject is the name the clause follows (null when that cannot fill the role: "The
     * cells, which line the vessels, release").
     */
    static Argument antecedentOfSubjectRelative(Reading r, int si, int t, Argument agent, Set<EntityType> allowed,
                                                int[] found) {
        Sentence s = r.sentence(si);
        if (!s.lower(VerbForms.groupStart(s, t) - 1).equals(",")) {
            return agent;
        }
        for (int k = found[0] - 1; k > 1 && k >= found[0] - 8; k--) {
            String w = s.lower(k);
            if (w.equals(",")) {
                return agent;
            }
            if ((w.equals("which") || w.equals("who")) && s.lower(k - 1).equals(",")) {
                if (k + 1 == found[0] || r.cues.is(Category.NAMING_WORD, s.lower(found[0] - 1))) {
                    // "CXCL12, which stromal cells release,": the object relative, read above; "One compound, which
                    // they named lichenamide C, blocks": the clause names its head
                    return agent;
                }
                Mention head = r.endingAt(si, Parentheticals.before(s, k - 2));
                Argument a = head == null || head.anaphoric() ? null : r.argument(head, allowed);
                if (a != null) {
                    found[0] = head.from();
                    found[1] = head.to();
                }
                return a;
            }
        }
        return agent;
    }

    static final Set<String> CELL_NOUNS = Set.of("cell", "cells");

    /**
     * "a peptide that inhibits": a noun (or a mention, whatever its tag: the tagger calls
     * "antibody" an adjective) before "that" makes it a relative pronoun, not a determiner.
     */
    static boolean isNominal(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.text().chars().anyMatch(Character::isDigit);
    }

    /** "a kinase inhibitor that blocks": the tagger calls "inhibitor" a preposition, but it is the head a relative follows. */
    static boolean isDrugNoun(Reading r, String w) {
        String lemma = org.litkg.analysis.Lemmatizer.singular(w);
        return r.cues.is(Category.DRUG_CLASS_HEAD, lemma) || r.cues.is(Category.DRUG_NOUN, lemma);
    }
}
