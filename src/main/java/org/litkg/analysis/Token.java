package org.litkg.analysis;

import org.litkg.document.Span;

/**
 * One token: a view over the document text plus its Universal Dependencies POS tag and lemma.
 *
 * @param text  the token as written
 * @param lower the token in lower case (computed once: every recogniser compares it)
 * @param span  its place in the document text
 * @param pos   the UD part-of-speech tag (NOUN, VERB, ADJ, PROPN, ...); a hint only, often wrong on verbs
 * @param lemma the lower-case lemma
 */
public record Token(String text, String lower, Span span, String pos, String lemma) {

    /** A capital first, or after an elided particle: "Institute", "d'Hebron", "l'Hospitalet". */
    public boolean isCapitalised() {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || isElidedParticleName());
    }

    private boolean isElidedParticleName() {
        return text.length() > 3 && (text.charAt(0) == 'd' || text.charAt(0) == 'l')
                && (text.charAt(1) == '\'' || text.charAt(1) == '’') && Character.isUpperCase(text.charAt(2));
    }

    /** A capital and lower case after it: "Crohn", "Outcomes"; not "FDA", "McGill" or "iPhone". */
    public boolean isTitleCase() {
        return isCapitalised() && text.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** The possessive "'s" the tokenizer splits off a word ("Crohn's", "the Crick's"). */
    public boolean isPossessive() {
        return lower.equals("'s") || lower.equals("’s");
    }

    /** A quotation mark: a quote opens or closes here. */
    public boolean isQuote() {
        return text.equals("\"") || text.equals("“") || text.equals("”");
    }

    public boolean isPunctuation() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0));
    }
}
