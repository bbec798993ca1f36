package org.litkg.analysis;

import java.util.LinkedHashSet;
import java.util.Set;

/** Regular English inflections of a verb or noun lemma, for matching words by lemma without a tagger. */
public final class Inflections {

    private static final String VOWELS = "aeiou";

    private Inflections() {
    }

    /** The lemma with its -s, -ed and -ing forms, plus British -ise spellings of -ize verbs. */
    public static Set<String> verbForms(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        addVerbForms(lemma, forms);
        if (lemma.endsWith("ize")) {
            addVerbForms(lemma.substring(0, lemma.length() - 3) + "ise", forms);
        }
        return forms;
    }

    /** The noun and its regular plural. */
    public static Set<String> nounForms(String lemma) {
        return Set.of(lemma, thirdPerson(lemma));
    }

    private static void addVerbForms(String lemma, Set<String> forms) {
        forms.add(lemma);
        forms.add(thirdPerson(lemma));
        forms.add(past(lemma));
        forms.add(gerund(lemma));
    }

    static String thirdPerson(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (endsConsonantY(w)) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    static String past(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (endsConsonantY(w)) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        return doubled(w) + "ed";
    }

    static String gerund(String w) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee")) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return doubled(w) + "ing";
    }

    /** One-syllable consonant-vowel-consonant verbs double their last letter: trap, trapped. */
    private static String doubled(String w) {
        int n = w.length();
        if (n < 3) {
            return w;
        }
        char last = w.charAt(n - 1);
        char mid = w.charAt(n - 2);
        char before = w.charAt(n - 3);
        long vowels = w.chars().filter(c -> VOWELS.indexOf(c) >= 0).count();
        boolean cvc = VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0 && VOWELS.indexOf(mid) >= 0
                && VOWELS.indexOf(before) < 0;
        return cvc && vowels == 1 ? w + last : w;
    }

    private static boolean endsConsonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && VOWELS.indexOf(w.charAt(w.length() - 2)) < 0;
    }
}
