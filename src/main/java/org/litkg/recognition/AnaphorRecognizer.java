package org.litkg.recognition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * Definite references that stand for an entity named elsewhere: "the drug", "this protein", "the
 * receptor", "these cells", "the agency", "the study". Also the indefinite noun of an apposition
 * ("AMD3100 — a drug already approved ...") which stands for the name before it. They are
 * resolved during relation extraction, to the nearest earlier entity of a fitting type.
 */
public final class AnaphorRecognizer implements MentionRecognizer {

    private static final Map<String, EntityType> NOUN_TYPES = Map.ofEntries(
            Map.entry("drug", EntityType.DRUG), Map.entry("compound", EntityType.DRUG),
            Map.entry("medication", EntityType.DRUG), Map.entry("medicine", EntityType.DRUG),
            Map.entry("agent", EntityType.DRUG), Map.entry("inhibitor", EntityType.DRUG),
            Map.entry("antagonist", EntityType.DRUG), Map.entry("antibody", EntityType.DRUG),
            Map.entry("pill", EntityType.DRUG), Map.entry("tablet", EntityType.DRUG), Map.entry("cream", EntityType.DRUG),
            Map.entry("capsule", EntityType.DRUG), Map.entry("ointment", EntityType.DRUG),
            Map.entry("conjugate", EntityType.DRUG), Map.entry("substance", EntityType.DRUG),
            Map.entry("dose", EntityType.DRUG), // "AMD3100 ... A single dose frees the stem cells"
            Map.entry("protein", EntityType.PROTEIN), Map.entry("chemokine", EntityType.CHEMOKINE),
            Map.entry("enzyme", EntityType.PROTEIN), Map.entry("kinase", EntityType.PROTEIN),
            Map.entry("cytokine", EntityType.PROTEIN), Map.entry("ligand", EntityType.PROTEIN),
            Map.entry("hormone", EntityType.PROTEIN), Map.entry("signal", EntityType.PROTEIN),
            Map.entry("interaction", EntityType.PROTEIN),
            Map.entry("molecule", EntityType.PROTEIN), Map.entry("receptor", EntityType.RECEPTOR),
            Map.entry("co-receptor", EntityType.RECEPTOR), Map.entry("coreceptor", EntityType.RECEPTOR),
            Map.entry("cell", EntityType.CELL_TYPE), Map.entry("agency", EntityType.REGULATORY_AGENCY),
            Map.entry("regulator", EntityType.REGULATORY_AGENCY), Map.entry("journal", EntityType.JOURNAL),
            Map.entry("university", EntityType.ORGANIZATION), Map.entry("institute", EntityType.ORGANIZATION),
            Map.entry("hospital", EntityType.ORGANIZATION), Map.entry("infirmary", EntityType.ORGANIZATION),
            Map.entry("alliance", EntityType.ORGANIZATION), Map.entry("foundation", EntityType.ORGANIZATION),
            Map.entry("society", EntityType.ORGANIZATION), Map.entry("association", EntityType.ORGANIZATION),
            Map.entry("charity", EntityType.ORGANIZATION), Map.entry("programme", EntityType.ORGANIZATION),
            Map.entry("centre", EntityType.ORGANIZATION), Map.entry("center", EntityType.ORGANIZATION),
            Map.entry("trust", EntityType.ORGANIZATION)); // "the Trust" after "X NHS Foundation Trust"
    private static final int MAX_ADJECTIVES = 3; // "the most recently described chemokine"
    private final Cues cues;

    public AnaphorRecognizer(Cues cues) {
        this.cues = cues;
    }

    /** Not "in", as in "unique in that cells ...". */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("to", "on", "of", "by", "with", "from", "at",
            "into", "onto", "for");

    /** "by binding that receptor", "to that receptor": after a gerund or a preposition "that" is no relative pronoun. */
    private static boolean afterVerbOrPreposition(Sentence s, int i) {
        String before = s.lower(i - 1);
        return i > 0 && (before.endsWith("ing") || PREPOSITIONS.contains(before));
    }

    /** A worksheet's "2. Name a drug that blocks CCR5.": the thing asked for, which the answer line below names. */
    public static boolean isNamingTask(Sentence s, int i) {
        boolean opening = i == s.itemLabelEnd() + 1; // "Name a", "2. Name a"
        return opening && (s.lower(i).equals("a") || s.lower(i).equals("an")) && s.lower(i - 1).equals("name");
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int clueNoun = ClueSubjects.subjectNoun(s); // a crossword's "Drug that blocks CXCR4 (10): PLERIXAFOR"
        if (clueNoun >= 0) {
            out.add(MentionRecognizer.mention(s, clueNoun, clueNoun + 1, typeNoun(s, clueNoun), s.lower(clueNoun), null,
                    0.6, "anaphor", true));
        }
        for (int i = 0; i < s.size(); i++) {
            String det = s.lower(i);
            int arm = armOfAntibody(s, i);
            if (arm > 0) {
                out.add(MentionRecognizer.mention(s, i, arm + 1, EntityType.DRUG, s.textOf(i, arm + 1).toLowerCase(
                        java.util.Locale.ROOT), null, 0.6, "anaphor", true));
                i = arm;
                continue;
            }
            // "a pill that blocks two chemokine receptors": a relative "that" determines nothing
            // "which binds that receptor.": a type noun closing the clause after "that" is that thing, no relative's subject
            boolean closingNoun = (i + 2 >= s.size() || s.token(i + 2).isPunctuation())
                    && !s.lower(i + 1).equals("interaction") && !s.lower(i + 1).equals("signal"); // "blocks that interaction"
            boolean demonstrativeThat = det.equals("that") && (s.token(i).pos().equals("DET") || afterVerbOrPreposition(s, i)
                    || i + 1 < s.size() && typeNoun(s, i + 1) != null && (closingNoun || i == 0)); // "That cytokine binds"
            boolean definite = det.equals("the") || det.equals("this") || det.equals("these") || det.equals("those")
                    || demonstrativeThat || det.equals("its") || det.equals("their") || det.equals("such")
                    || det.equals("both") || det.equals("each") || det.equals("neither");
            boolean apposition = (det.equals("a") || det.equals("an"))
                    && (s.lower(i - 1).equals(",") || s.lower(i - 1).equals("—") || s.lower(i - 1).equals("–"));
            // a news lede's "A drug that blocks CXCR4 freed T cells ...", whose name a later sentence gives
            // (or a dictionary entry's "Definition: A synthetic peptide drug that blocks CXCR4", its headword above)
            boolean lede = (det.equals("a") || det.equals("an")) && i == s.afterShortLabel();
            // a quiz's "6. Which drug is given together with filgrastim ...?", which its numbered answer names
            boolean asked = (det.equals("which") || det.equals("what")) && s.lower(s.size() - 1).equals("?")
                    && typeNoun(s, i + 1) != null || isNamingTask(s, i);
            if (!definite && !apposition && !lede && !asked) {
                continue;
            }
            int k = i + 1;
            while (k < s.size() && k - i <= MAX_ADJECTIVES && typeNoun(s, k) == null
                    && !s.token(k).isPunctuation() && !isDeterminer(s.lower(k)) && !s.token(k).pos().equals("AUX")
                    && !s.token(k).pos().equals("ADP")) { // "the surface of tumor cells" is no reference to cells
                k++;
            }
            while (k + 1 < s.size() && typeNoun(s, k) != null && typeNoun(s, k + 1) != null
                    && !s.lower(k + 1).equals("signal")) { // "Both cytokines signal through": a verb
                k++; // "the classical chemokine receptors": the last noun is the head
            }
            EntityType type = typeNoun(s, k);
            if (lede && type != EntityType.DRUG) {
                continue; // only a drug is named so: "A protein that ..." opens no story about one
            }
            if (type == EntityType.PROTEIN && s.lower(k).startsWith("molecule") && s.lower(k - 1).equals("small")) {
                type = EntityType.DRUG; // "KAND567, a small molecule that inhibits CX3CR1"
            }
            if (type == EntityType.CELL_TYPE && (cues.is(Category.TUMOR_CELL_MODIFIER, s.lower(k - 1))
                    || KILLED.contains(s.lower(k - 1)))) {
                // "the cancer cells": the tumour's own cells; "Chemotherapy kills the bulk of the tumour, and the
                // dying cells release": the cells a treatment kills are the tumour's too
                type = EntityType.CANCER;
            }
            if (type != null && CHAIN_NOUNS.contains(s.lower(k + 1))) {
                k++; // "IL-5Rα, the receptor chain on eosinophils": the chain is the receptor (unless a name follows)
            }
            if (type == null || followedByName(s, k) || PART_NOUNS.contains(s.lower(k + 1))
                    || s.lower(k).startsWith("dose") && s.lower(k + 1).equals("of")) { // "the first dose of X" is X's
                continue;
            }
            if (type == EntityType.ORGANIZATION && s.lower(k).startsWith("cent") && (s.lower(k + 1).equals("of") || k > i + 1)) {
                continue; // "the centre of the tumour" is a place in it; "the medical center" is read as a name's end
            }
            boolean namesParties = Set.of("of", "between", "with").contains(s.lower(k + 1)); // "the interaction of X with Y"
            boolean demonstrative = det.equals("the") || det.equals("this") || det.equals("that");
            boolean apposedSignal = apposition && s.lower(k).equals("signal"); // "MIF, a signal that binds CD74"
            if ((s.lower(k).equals("signal") || s.lower(k).equals("interaction")) && !demonstrative && !apposedSignal
                    || s.lower(k).equals("interaction") && namesParties) {
                // "The signal binds CCR4" and "blocks this interaction" stand for the protein they follow; "its signal"
                continue; // is its signalling
            }
            if (type == EntityType.CELL_TYPE && k > i + 1 && cues.is(Category.CELL_MODIFIER, s.lower(k - 1))) {
                continue; // "the T cells" is a name, not a reference
            }
            boolean family = k >= i + 3 && s.lower(k - 1).equals("family")
                    && ShapeRecognizer.isCapitalSymbol(s.token(k - 2).text());
            if (type == EntityType.PROTEIN && family) {
                // "the TEC family kinases": the family the symbol names, not a reference back
                out.add(MentionRecognizer.mention(s, k - 2, k - 1, EntityType.PROTEIN, s.token(k - 2).text(), null, 0.7,
                        "family", false));
                i = k;
                continue;
            }
            boolean named = k > i + 1 && (isTitleCased(s, k - 1, k) || isLetterSymbol(s, k - 1));
            if (cues.is(Category.STUDY_NOUN, s.lower(k)) || named) {
                continue; // "the European Journal of Immunology", "the Rockefeller University": a name's own words
            }
            out.add(MentionRecognizer.mention(s, i, k + 1, type, s.textOf(i, k + 1).toLowerCase(java.util.Locale.ROOT),
                    null, 0.6, "anaphor", true));
            i = k;
        }
    }

    /** What a treatment leaves of the cells it kills: "the dying cells". */
    private static final java.util.Set<String> KILLED = java.util.Set.of("dying", "dead", "killed");

    /** Nouns a type noun can modify, so that it is no head: "the receptor family", "the drug activity". */
    private static final java.util.Set<String> PART_NOUNS = java.util.Set.of("family", "gene", "genes", "domain", "pathway",
            "signalling", "signaling", "activity", "site");
    /** Parts that are what the type noun names: "the receptor chain", "the receptor subunit IFNAR1" (a name follows). */
    private static final java.util.Set<String> CHAIN_NOUNS = java.util.Set.of("subunit", "chain", "complex");

    /** What picks out one arm of a two-armed antibody: "one arm", "the other arm", "each arm". */
    private static final java.util.Set<String> ARM_PICKERS = java.util.Set.of("one", "other", "each", "either", "second");

    /** What a part of a two-armed molecule can be of: "one end of the molecule", "each arm of the antibody". */
    private static final java.util.Set<String> MOLECULE_NOUNS = java.util.Set.of("molecule", "antibody", "drug", "protein");

    /**
     * "One arm latches onto BCMA; the other arm grabs CD3", "One end of the molecule recognises gp100": a part of a
     * bispecific drug stands for the drug. The index of the phrase's last token, or -1; "the placebo arm" and "one
     * arm of the trial" are a trial's arms and stand for no drug.
     */
    private static int armOfAntibody(Sentence s, int i) {
        if (s.lower(i).equals("the") && s.lower(i + 1).equals("other") && oneArmBefore(s, i) && isVerbAt(s, i + 2)) {
            return i + 1; // "one end grabs DLL3 ..., and the other grabs CD3": the other end, its noun left out
        }
        int part = s.lower(i).equals("the") && s.lower(i + 1).equals("other") ? i + 2 : i + 1;
        boolean picked = ARM_PICKERS.contains(s.lower(i)) || part == i + 2;
        if (!picked || !s.lower(part).equals("arm") && !s.lower(part).equals("end")) {
            return -1;
        }
        if (!s.lower(part + 1).equals("of")) {
            return part;
        }
        int noun = s.lower(part + 2).equals("the") ? part + 3 : part + 2;
        return MOLECULE_NOUNS.contains(s.lower(noun)) ? noun : -1;
    }

    /** "one arm" or "one end" before token {@code i} in its sentence. */
    private static boolean oneArmBefore(Sentence s, int i) {
        for (int k = 0; k + 1 < i; k++) {
            if (s.lower(k).equals("one") && (s.lower(k + 1).equals("arm") || s.lower(k + 1).equals("end"))) {
                return true;
            }
        }
        return false;
    }

    /** A verb at k, by its tag or its third-person ending ("grabs", "binds" the tagger may call nouns). */
    private static boolean isVerbAt(Sentence s, int k) {
        String pos = s.token(k).pos();
        return pos.equals("VERB") || pos.equals("AUX") || s.lower(k).endsWith("s") && !pos.equals("ADP") && !pos.equals("DET");
    }

    /**
     * Words before "populations" that make it a reference to cells named before; "the population" alone is more often
     * people.
     */
    private static final Set<String> GROUPING_WORDS = Set.of("both", "these", "those", "two");

    /** The type a common noun at k names ("drug", "receptor", "cells"), or null: "a drug that", "the receptor". */
    public static EntityType typeNoun(Sentence s, int k) {
        String lemma = Lemmatizer.singular(s.lower(k));
        if (lemma.equals("factor") && s.lower(k - 1).equals("growth")) {
            return EntityType.PROTEIN; // "VEGF, a growth factor that the tumour cells secrete"
        }
        if (s.lower(k).equals("populations") && GROUPING_WORDS.contains(s.lower(k - 1))) {
            return EntityType.CELL_TYPE; // "binds CCR4 on Th2 cells and regulatory T cells and retains both populations"
        }
        return NOUN_TYPES.get(lemma);
    }

    private static boolean isDeterminer(String w) {
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("this") || w.equals("that")
                || w.equals("these") || w.equals("those") || w.equals("no");
    }

    /** "the F protein", "the S protein": a capital letter before the noun names the thing ("the MR antagonist" refers). */
    private static boolean isLetterSymbol(Sentence s, int k) {
        String w = s.token(k).text();
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isTitleCased(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!s.token(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** "the drug AMD3100", "the drug called X": the noun introduces a name and refers to nothing earlier. */
    private boolean followedByName(Sentence s, int noun) {
        String next = s.lower(noun + 1);
        if (cues.is(Category.NAMING_WORD, next) || next.equals("known")) {
            return true;
        }
        if (noun + 1 >= s.size()) {
            return false;
        }
        String w = s.token(noun + 1).text();
        return w.length() > 1 && w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && !s.token(noun + 1).isPunctuation();
    }
}
