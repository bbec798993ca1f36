package org.litkg.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Dictionary-first lemmatizer: the words litkg's patterns care about (relation triggers,
 * negation and hedge cues, common verbs, irregular forms) are looked up in a table generated from
 * their lemmas; every other word gets a noun-plural rule. A hash lookup per token, where OpenNLP's
 * statistical lemmatizer would spend three quarters of the analysis time for no gain in matching.
 */
public final class Lemmatizer {

    private final Map<String, String> lemmaByForm = new HashMap<>();

    /** A lemmatizer that knows the regular forms of these verb lemmas plus the given irregular forms. */
    public Lemmatizer(Iterable<String> verbLemmas, Map<String, String> irregularForms) {
        for (String lemma : verbLemmas) {
            for (String form : Inflections.verbForms(lemma)) {
                lemmaByForm.putIfAbsent(form, lemma);
            }
        }
        lemmaByForm.putAll(irregularForms);
    }

    /** True for an inflected or base form of a known verb: such a word never starts or extends a name. */
    public boolean isVerbForm(String lower) {
        return lemmaByForm.containsKey(lower);
    }

    /** The lemma of a lower-case word. */
    public String lemma(String lower) {
        String known = lemmaByForm.get(lower);
        if (known != null) {
            return known;
        }
        return singular(lower);
    }

    /** Noun plural to singular by rule: studies -> study, cells -> cell, analyses kept. */
    private static final java.util.Set<String> INVARIANT = java.util.Set.of("diabetes", "herpes", "rabies", "scabies",
            "measles", "mumps", "rickets", "series", "species", "facies");

    public static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (INVARIANT.contains(w)) {
            return w; // "type 1 diabetes" is one disease, not several "diabete"; "series" and "rabies" end in "-ies"
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("stases") || w.endsWith("lyses") || w.endsWith("gnoses") || w.endsWith("theses")) {
            return w.substring(0, n - 2) + "is"; // Greek plurals: "metastases", "analyses", "diagnoses", "hypotheses"
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("omas") || w.endsWith("ias")) {
            return w.substring(0, n - 1); // "melanomas", "leukemias" (but "pancreas", "atlas")
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("as")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
