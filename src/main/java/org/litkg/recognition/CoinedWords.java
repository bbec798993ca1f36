package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Words that look coined rather than English, as drug and protein names do: "resmetirom", "angiotensinogen". litkg
 * has no English dictionary, so a word counts as coined when it is long, has no English ending, and is no verb form,
 * common modifier, long function word or drug noun it knows.
 */
final class CoinedWords {

    /** Endings of English words that no drug name has: "the drug combination", "the drug delivery", "the drug makers". */
    private static final List<String> ENGLISH_ENDINGS = List.of("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing",
            "er", "ers", "ies", "ous", "ive", "able", "ible", "ful", "less", "ship", "ure", "ary", "ery", "ory", "ist", "ism",
            "al", "ed", "ly", "s", "y", "get", "ct", "date", "age", "ach", "ant", "ent", "ator", "ssor", "ute", "ote", "est",
            "ere", "igm", "el", "ice", "col", "tic", "and", "rch", "nse", "old", "ule", "ort", "ia");
    /** Endings only English words have, for contexts that say a word is a name whatever its other endings. */
    private static final List<String> STRONG_ENGLISH_ENDINGS = List.of("tion", "sion", "ment", "ness", "ity", "ing", "ies",
            "ous", "ive", "able", "ible", "ful", "less", "ship", "ure", "ism", "ly", "ed", "ery", "ory", "icial");
    /**
     * Function words long enough to pass for a coined name: "approved without conditions", "a CCR6 inhibitor would act"
     * (the tagger may call a modal a noun).
     */
    private static final Set<String> LONG_FUNCTION_WORDS = Set.of("without", "through", "because", "between", "although",
            "whether", "against", "despite", "whereas", "however", "therefore", "together", "would", "could", "should",
            "might", "shall", "cannot", "which", "where", "while", "their", "there", "these", "those", "whose",
            "alongside", "throughout", "towards", "beneath", "underneath", "upon", "within",
            // adverbs with no English ending, before a verb: "The new peptide, X, instead blocks"
            "instead", "already", "moreover", "meanwhile", "otherwise", "thereby", "furthermore", "nevertheless",
            "nonetheless");
    private static final int MIN_LENGTH = 7;

    private final Cues cues;
    private final Predicate<String> isVerbForm;

    CoinedWords(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.isVerbForm = isVerbForm;
    }

    /** Whether a lower-case word has an ending English words have and drug names do not ("combination", "makers"). */
    static boolean looksEnglish(String w) {
        return ENGLISH_ENDINGS.stream().anyMatch(w::endsWith) && !isSingularInIs(w);
    }

    /** Stems Scandinavian surnames share ("Halvorsen", "Andersen"): capitalised in a sentence, a name, not a drug. */
    static boolean isSurnameLike(String lower) {
        return lower.endsWith("sen");
    }

    /** An ending only English words have, for a context that says a name comes: "Media contact: Julia Brenner". */
    static boolean looksStronglyEnglish(String w) {
        return STRONG_ENGLISH_ENDINGS.stream().anyMatch(w::endsWith);
    }

    /**
     * A final "s" that makes no plural: "tafamidis", "acoramidis". English plurals do not end in "-is"; the long English
     * words that do mostly end in "-sis" or "-tis" ("analysis", "arthritis").
     */
    private static boolean isSingularInIs(String w) {
        return w.endsWith("is") && !w.endsWith("sis") && !w.endsWith("tis");
    }

    /**
     * Whether the token is a coined word, written in lower case or, where {@code capitalAllowed} (a sentence's first
     * word, a name in a drug's slot), with a capital first letter ("Belzutifan was approved by ...").
     */
    boolean isCoined(Token t, boolean capitalAllowed) {
        return isCoined(t, capitalAllowed, MIN_LENGTH);
    }

    /** As {@link #isCoined(Token, boolean)}, for a context that says what the word names and so allows short names. */
    boolean isCoined(Token t, boolean capitalAllowed, int minLength) {
        return hasCoinedShape(t, capitalAllowed, minLength) && isNoKnownWord(t);
    }

    /**
     * A word no list knows and with no ending only English words have, in a context that names a drug whatever its
     * shape: "ulotaront or placebo" ("-ant" ends English words and drug names alike).
     */
    boolean isUnknownWord(Token t, boolean capitalAllowed) {
        String text = t.text();
        String rest = capitalAllowed && t.isCapitalised() ? text.substring(1) : text;
        return text.length() >= MIN_LENGTH && rest.chars().allMatch(Character::isLowerCase)
                && STRONG_ENGLISH_ENDINGS.stream().noneMatch(t.lower()::endsWith) && isNoKnownWord(t);
    }

    /** An unknown lower-case word ending "-ant", as English adjectives and drug names ("gefapixant") do. */
    boolean isUnknownAntWord(Token t) {
        return t.lower().endsWith("ant") && isUnknownWord(t, false);
    }

    /**
     * A capitalised name the tagger calls proper in a brand's slot ("Velsipity was approved by the FDA"): brands take
     * the English endings ("-ity", "-y") that coined drug names do not, so only the word lists rule one out.
     */
    boolean isBrandName(Token t) {
        String text = t.text();
        return t.isTitleCase() && t.pos().equals("PROPN") && text.length() >= MIN_LENGTH - 1 && isNoKnownWord(t);
    }

    private boolean isNoKnownWord(Token t) {
        if (t.isCapitalised() && cues.is(Category.NOT_A_NAME, t.text())) {
            return false;
        }
        String w = t.lower();
        return !isVerbForm.test(w) && !cues.is(Category.STOP_MODIFIER, w) && !LONG_FUNCTION_WORDS.contains(w)
                && !cues.is(Category.DRUG_NOUN, Lemmatizer.singular(w));
    }

    /**
     * The shape alone, for contexts that need no word lists: long, in lower case (but for a capital first letter where
     * allowed), with no English ending.
     */
    static boolean hasCoinedShape(Token t, boolean capitalAllowed) {
        return hasCoinedShape(t, capitalAllowed, MIN_LENGTH);
    }

    private static boolean hasCoinedShape(Token t, boolean capitalAllowed, int minLength) {
        String text = t.text();
        String rest = capitalAllowed && t.isCapitalised() ? text.substring(1) : text;
        return text.length() >= minLength && rest.chars().allMatch(Character::isLowerCase) && !looksEnglish(t.lower());
    }

    /**
     * A lower-case word long enough to be a name that is no verb form and no common modifier, tagged as a noun or
     * adjective: "maraviroc" after "the drug"; what an introducing context may name.
     */
    boolean isLowerName(Token t) {
        String w = t.text();
        return w.length() >= 5 && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !isVerbForm.test(w) && !cues.is(Category.STOP_MODIFIER, w) && !LONG_FUNCTION_WORDS.contains(w)
                && (t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("ADJ") || t.pos().equals("X"));
    }
}
