package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/** What a token must look like to be a drug's name where only the context says it is one. */
final class DrugNameTokens {

    private static final Set<String> FUNCTION_TAGS = Set.of("ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART");

    /** Pronouns of seven letters or more, which the coined names the tagger calls pronouns are not. */
    private static final Set<String> LONG_PRONOUNS = Set.of("someone", "anyone", "everyone", "something", "anything",
            "everything", "nothing", "somebody", "anybody", "everybody", "nobody", "yourself", "himself", "herself",
            "themselves", "ourselves", "whatever", "whoever", "whichever", "whomever");

    private DrugNameTokens() {
    }

    static boolean isNameToken(Token t) {
        String w = t.text();
        return w.length() >= 3 && Character.isLetterOrDigit(w.charAt(0))
                && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')
                && w.chars().anyMatch(Character::isLetter) // "2025 — an antibody ..." names no drug
                // "Moreover, the inhibitor ..." names nothing; a code with a digit is a name whatever its tag (SN-38)
                && (!FUNCTION_TAGS.contains(t.pos()) || w.chars().anyMatch(Character::isDigit) || isCoinedPronoun(t)
                || isCoinedAdverb(t));
    }

    /**
     * How English adverbs end, those of six letters or more: "moreover", "meanwhile", "instead", "together", "already",
     * "furthermore", "thereby".
     */
    private static final java.util.regex.Pattern ADVERB_ENDING = java.util.regex.Pattern.compile(
            ".*(ly|wise|wards?|ever|over|while|where|fore|ther|less|stead|all|haps|times|ways|deed|sides|ready|gether"
                    + "|ter|ce|ain|ost|out|ong|ow|ere|ide|ite|ond|ard|ough|more|way|what|stream|days|road|by|ein|hand|ight)");

    /**
     * "Zentivab/ADV, a cocktail of two antibodies,": a coined name the tagger took for an adverb, which no English adverb's
     * ending and no English word's ending shows it to be.
     */
    private static boolean isCoinedAdverb(Token t) {
        String w = t.lower();
        return t.pos().equals("ADV") && w.length() >= 6 && w.chars().allMatch(Character::isLetter)
                && !ADVERB_ENDING.matcher(w).matches() && !CoinedWords.looksEnglish(w);
    }

    /** "Zuranolone/PRON is a neuroactive steroid": a long coined word the tagger took for a pronoun. */
    private static boolean isCoinedPronoun(Token t) {
        return t.pos().equals("PRON") && t.text().length() >= 7 && !LONG_PRONOUNS.contains(t.lower());
    }

    static boolean hasUpperOrDigit(String w) {
        return w.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** The entity name for a drug's token: a brand or a code as written, any other name in lower case. */
    static String nameOf(Token t) {
        boolean brandOrCode = t.text().chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return brandOrCode ? t.text() : t.lower();
    }

    /** How sure a context that names a one-word drug is: "received velotaront or placebo", "drugs such as X". */
    private static final double CONTEXT_CONFIDENCE = 0.7;

    /**
     * How sure an apposition that calls a name a drug is ("VEDRA-9, a new tablet that blocks CCR9"): above a name's
     * shape alone, which would make a numbered acronym a trial.
     */
    private static final double APPOSED_CONFIDENCE = 0.72;

    /** The one-word drug at token k that a context names, found by {@code method}. */
    static Mention contextDrug(Sentence s, int k, String method) {
        double confidence = method.equals("context-apposition") ? APPOSED_CONFIDENCE : CONTEXT_CONFIDENCE;
        return MentionRecognizer.mention(s, k, k + 1, EntityType.DRUG, nameOf(s.token(k)), null, confidence, method,
                false);
    }

    /** A code in brackets right after a drug's name without digits: "vusolimogene oderparepvec (RP1)". */
    static boolean isBracketedCode(Sentence s, int k, Mention drug) {
        return drug.type() == EntityType.DRUG && drug.text().chars().noneMatch(Character::isDigit)
                && s.lower(k - 1).equals("(") && s.lower(k + 1).equals(")")
                && s.token(k).text().chars().anyMatch(Character::isDigit);
    }

    /**
     * "trastuzumab deruxtecan (T-DXd)", "ifinatamab deruxtecan (I-DXd)": an antibody-drug conjugate's short form is the
     * antibody's initial and the payload's own short name, which need not spell the payload's name.
     */
    static boolean isConjugateInitials(String shortForm, Mention m) {
        String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split(" ");
        String sf = shortForm.toLowerCase(java.util.Locale.ROOT);
        return m.type() == EntityType.DRUG && words.length == 2 && sf.length() >= 4 && sf.charAt(1) == '-'
                && sf.charAt(0) == words[0].charAt(0) && sf.charAt(2) == words[1].charAt(0);
    }
}
