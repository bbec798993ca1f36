package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * "OX40 is a receptor on activated T cells", "CXCL16, a chemokine made by ...": where the text says what
 * kind of protein a name is, the name takes that type, even if its shape only told us "protein". The
 * statement must end at the protein noun ("a receptor antagonist" declares a drug, not a receptor). The same
 * declaration names a symbol or coined word no shape knows ({@link ProteinPhraseRecognizer}).
 */
final class DeclaredTypes {

    private static final Set<String> LINKS = Set.of("is", "was", ",");
    private static final Set<String> COPULAS = Set.of("is", "was");
    /** Words after the protein noun that show it heads the phrase: "a receptor on T cells", "a chemokine that". */
    private static final Set<String> AFTER_HEAD = Set.of("on", "for", "of", "in", "that", "which", "found", "expressed",
            "made", "produced", "and");
    private static final Set<String> DEFINITE_AFTER_HEAD = Set.of("for", "on", "that", "which");
    /** Tags of words that would go on with the noun phrase: "a receptor antagonist", "a cytokine storm". */
    private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM", "X");
    /** Protein nouns that also name things in a protein's world: "a hormone", "a peptide". */
    private static final Set<String> MORE_PROTEIN_NOUNS = Set.of("hormone", "peptide");
    private static final int MAX_MODIFIERS = 2;

    private DeclaredTypes() {
    }

    static List<List<Mention>> apply(List<Sentence> sentences, List<List<Mention>> mentions, Cues cues) {
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (int si = 0; si < mentions.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> updated = new ArrayList<>(mentions.get(si).size());
            for (Mention m : mentions.get(si)) {
                EntityType declared = m.type() == EntityType.PROTEIN && !m.anaphoric()
                        ? declaredType(s, pastBracket(s, m.to()), cues) : null;
                if (m.type() == EntityType.PROTEIN && !m.anaphoric() && chemokineBindsOnCells(s, mentions.get(si), m)) {
                    declared = EntityType.RECEPTOR;
                }
                boolean given = givenWith(s, mentions.get(si), m.from()) || receivedBy(s, m.from());
                if (m.type() == EntityType.PROTEIN && !m.anaphoric() && given && !modifiesDrugNoun(s, m.to(), cues)) {
                    declared = EntityType.DRUG; // "is usually given together with G-CSF": the protein given as a drug
                }
                if (m.type() == EntityType.DISEASE && !m.anaphoric() && declaresCancer(s, m.to(), cues)) {
                    declared = EntityType.CANCER; // "Myelofibrosis is a bone marrow cancer": not the disease its suffix said
                }
                if ((m.type() == EntityType.DISEASE || m.type() == EntityType.CANCER)
                        && FunderNames.isFunder(s, mentions.get(si), m)) { // "funded by Defeat Arthritis"
                    Mention funder = m.extendedTo(FunderNames.nameEnd(s, mentions.get(si), m), s); // "Blood Cancer UK"
                    updated.add(funder.withType(EntityType.ORGANIZATION).withName(funder.text(), null));
                    continue;
                }
                updated.add(declared == null ? m : m.withType(declared));
            }
            out.add(updated);
        }
        return out;
    }

    /**
     * "CCL18, which binds PITPNM3 on cancer cells", "CCL18 binds PITPNM3 on cancer cells": what a chemokine binds on a
     * cell is its receptor, though the text never calls it one.
     */
    private static boolean chemokineBindsOnCells(Sentence s, List<Mention> ms, Mention m) {
        if (m.from() < 2 || !s.lower(m.to()).equals("on") || !s.token(m.from() - 1).lemma().equals("bind")) {
            return false;
        }
        int subjectEnd = m.from() - 2;
        if (s.lower(subjectEnd).equals("which") || s.lower(subjectEnd).equals("that")) {
            subjectEnd -= s.lower(subjectEnd - 1).equals(",") ? 2 : 1;
        }
        int end = subjectEnd;
        return ms.stream().anyMatch(x -> x.to() - 1 == end && x.type() == EntityType.CHEMOKINE);
    }

    /** Whether the word at k is a drug noun the name before it modifies: "with TNF blockers", "with TNF drugs". */
    private static boolean modifiesDrugNoun(Sentence s, int k, Cues cues) {
        String noun = Lemmatizer.singular(s.lower(k));
        return cues.is(Category.DRUG_CLASS_HEAD, noun) || cues.is(Category.DRUG_NOUN, noun);
    }

    /** Participles of giving a drug with another: "given together with", "combined with", "in combination with". */
    private static final Set<String> GIVING = Set.of("given", "combined", "administered", "combination",
            "co-administered", "used", "use", "give", "taken", "take");

    /** Verbs of being given a drug: "Most patients first receive G-CSF". */
    private static final Set<String> RECEIVING = Set.of("receive", "receives", "received", "receiving");
    /** Who receives a drug: people and the animals a study gives it to. */
    private static final Set<String> RECIPIENTS = Set.of("patients", "patient", "people", "participants", "children",
            "adults", "volunteers", "mice", "rats", "he", "she", "they", "donors");

    /** Whether people (perhaps with an adverb) receive the protein at k: "Most patients first receive G-CSF". */
    private static boolean receivedBy(Sentence s, int k) {
        int verb = k - 1;
        int who = s.token(Math.max(0, verb - 1)).pos().equals("ADV") ? verb - 2 : verb - 1;
        return verb > 0 && RECEIVING.contains(s.lower(verb)) && who >= 0 && RECIPIENTS.contains(s.lower(who));
    }

    /** Verbs of using a drug, before the pronoun for it: "tried it together with", "take it together with". */
    private static final Set<String> USING = Set.of("tried", "try", "trying", "take", "takes", "took", "taking", "give",
            "gave", "giving", "use", "used", "using", "combine", "combined", "combining");

    /** Whether the words before token k give what follows as a drug taken with another: "given together with G-CSF". */
    private static boolean givenWith(Sentence s, List<Mention> ms, int k) {
        if (!s.lower(k - 1).equals("with")) {
            return false;
        }
        boolean together = s.lower(k - 2).equals("together");
        int verb = together ? k - 3 : k - 2;
        boolean combination = s.lower(verb).equals("combination"); // only "in combination with"
        boolean fragment = s.lower(k - 2).equals(";"); // a card's "Plerixafor (Mozobil): subcutaneous; with G-CSF"
        // "testing X alone and together with G-CSF", "testing X together with G-CSF": a drug's partner
        boolean alone = s.lower(verb - 1).equals("alone")
                && (s.lower(verb).equals("and") || s.lower(verb).equals("or"));
        boolean afterDrug = together && ms.stream().anyMatch(m -> m.to() == verb + 1 && m.type() == EntityType.DRUG);
        // "Has anyone tried it together with G-CSF?", "take it together with G-CSF": the drug used, as a pronoun
        boolean usedIt = together && s.lower(verb).equals("it") && USING.contains(s.lower(verb - 1));
        return GIVING.contains(s.lower(verb)) && (!combination || s.lower(verb - 1).equals("in")) || fragment
                || together && alone || afterDrug || usedIt;
    }

    /** "ILT4 (also known as LILRB2), a receptor on macrophages": the token after a bracket at k, or k. */
    private static int pastBracket(Sentence s, int k) {
        if (!s.lower(k).equals("(")) {
            return k;
        }
        for (int j = k + 1; j < s.size(); j++) {
            if (s.lower(j).equals(")")) {
                return j + 1;
            }
        }
        return k;
    }

    /** The protein type a phrase like "is a receptor" or ", a cytokine made by" at token k declares, or null. */
    static EntityType declaredType(Sentence s, int k, Cues cues) {
        // "KIT, the receptor for stem cell factor": a definite noun declares only with what it is the noun for
        boolean definite = k + 1 < s.size() && s.lower(k + 1).equals("the");
        if (!LINKS.contains(s.lower(k)) || !s.lower(k + 1).equals("a") && !s.lower(k + 1).equals("an") && !definite) {
            return null;
        }
        for (int noun = k + 2; noun <= k + 2 + MAX_MODIFIERS && noun < s.size() && !s.token(noun).isPunctuation(); noun++) {
            if (s.lower(noun).equals("fusion")) {
                return null; // "Dazodalibep is a fusion protein that binds CD40L": an engineered drug, not the body's protein
            }
            if (isProteinNoun(s.lower(noun), cues) && !s.lower(noun).equals("fragment")) {
                int head = noun;
                while (isProteinNoun(s.lower(head + 1), cues)) {
                    head++; // "a chemokine receptor": the last noun is the head
                }
                if (cues.is(Category.NAMING_WORD, s.lower(head + 1))) {
                    return null; // "Meanwhile, a receptor called ChemR23": the name is the one called so
                }
                // "X, the endogenous ligand, binds": a definite noun with a modifier, closed by a comma, declares too,
                // but not in a list ("inhibit A, B, protein kinase C, the histamine H1 receptor, and ...")
                boolean qualified = definite && noun > k + 2 && s.lower(head + 1).equals(",") && noCommaBefore(s, k);
                boolean ends = definite ? head + 1 < s.size() && DEFINITE_AFTER_HEAD.contains(s.lower(head + 1)) || qualified
                        : endsPhrase(s, head + 1);
                return ends ? typeOf(s.lower(head)) : null;
            }
        }
        return null;
    }

    /** Whether no comma comes before the name that ends before token k, whose longest form is two tokens. */
    private static boolean noCommaBefore(Sentence s, int k) {
        for (int j = 0; j < k - 2; j++) {
            if (s.lower(j).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "is a bone marrow cancer in which", "was a rare, aggressive tumour.": a copula and an indefinite noun phrase
     * whose head, at most four words on, is a cancer noun.
     */
    static boolean declaresCancer(Sentence s, int k, Cues cues) {
        if (!COPULAS.contains(s.lower(k)) || !s.lower(k + 1).equals("a") && !s.lower(k + 1).equals("an")) {
            return false;
        }
        for (int head = k + 2; head <= k + 6 && head < s.size(); head++) {
            String w = s.lower(head);
            if (cues.is(Category.CANCER_HEAD, w)) {
                return endsPhrase(s, head + 1) || s.lower(head + 1).equals("in");
            }
            boolean modifier = w.equals(",") || PHRASE_TAGS.contains(s.token(head).pos()) || w.equals("-");
            if (!modifier || cues.is(Category.DISEASE_HEAD, w)) {
                return false; // "is a risk factor for cancer", "is a disease like cancer"
            }
        }
        return false;
    }

    /** A noun for a protein: "receptor", "cytokine", "enzyme" (the cues), "hormone", "peptide". */
    static boolean isProteinNoun(String w, Cues cues) {
        return cues.is(Category.PROTEIN_NOUN, w) || MORE_PROTEIN_NOUNS.contains(w);
    }

    private static boolean endsPhrase(Sentence s, int k) {
        return k >= s.size() || s.token(k).isPunctuation() || AFTER_HEAD.contains(s.lower(k))
                || !PHRASE_TAGS.contains(s.token(k).pos());
    }

    /** The type a protein noun gives the name it declares or introduces. */
    static EntityType typeOf(String noun) {
        return noun.equals("receptor") ? EntityType.RECEPTOR
                : noun.equals("chemokine") ? EntityType.CHEMOKINE : EntityType.PROTEIN;
    }
}
