package org.litkg.recognition;

import java.util.Arrays;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A receptor's chains named after it: "the IL-2 receptor alpha chain", "the IL-2/IL-15 receptor beta-gamma complex"
 * (the letters one token or three), "IL-31 receptor A". They are part of the receptor's name, so that what the text places or binds is the
 * receptor it names, and "(CD25)" after it is its alias.
 */
final class ReceptorChains {

    private static final Set<String> LETTERS = Set.of("alpha", "beta", "gamma", "α", "β", "γ");
    private static final Set<String> CHAIN_WORDS = Set.of("chain", "subunit", "complex");
    /** A chain named by a capital letter: "A" in "IL-31 receptor A", "B" in "the IL-17 receptor B chain". */
    private static final java.util.regex.Pattern CHAIN_LETTER = java.util.regex.Pattern.compile("[A-D]");

    /** A numbered chain of one letter: the "1" of "the IL-13 receptor alpha 1 chain". */
    private static final java.util.regex.Pattern CHAIN_NUMBER = java.util.regex.Pattern.compile("[1-3]");

    private ReceptorChains() {
    }

    /** The end of the chains named from token {@code start}, right after "receptor"; {@code start} if none are. */
    static int end(Sentence s, int start) {
        boolean lettered = start + 1 < s.size() && CHAIN_LETTER.matcher(s.token(start).text()).matches()
                && (s.token(start + 1).isPunctuation() && !s.lower(start + 1).equals("-")
                || CHAIN_WORDS.contains(s.lower(start + 1))
                || s.token(start + 1).text().equals(s.lower(start + 1))); // "IL-17 receptor A on keratinocytes"
        if (lettered) {
            return CHAIN_WORDS.contains(s.lower(start + 1)) ? start + 2 : start + 1; // "IL-31 receptor A (IL-31RA)"
        }
        String[] letters = start < s.size() ? s.lower(start).split("-") : new String[0];
        if (letters.length == 0 || Arrays.stream(letters).anyMatch(part -> !LETTERS.contains(part))) {
            return start; // not "Fcg Receptor-Mediated", whose hyphen is a token of its own
        }
        int end = s.isJoiningHyphen(start + 1) && LETTERS.contains(s.lower(start + 2)) ? start + 3 : start + 1;
        end += CHAIN_NUMBER.matcher(s.lower(end)).matches() && CHAIN_WORDS.contains(s.lower(end + 1)) ? 1 : 0; // "alpha 1 chain"
        return CHAIN_WORDS.contains(s.lower(end)) ? end + 1 : end;
    }
}
