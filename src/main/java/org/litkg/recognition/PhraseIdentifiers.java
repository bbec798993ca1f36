package org.litkg.recognition;

import java.util.Set;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * The identifiers after a protein phrase's head that belong to its name: a type ("the somatostatin receptor type 2"),
 * a number or letter ("kinase C", "topoisomerase I") and a chain's Greek letter with its number ("IL-13 receptor alpha
 * 1").
 */
final class PhraseIdentifiers {

    private PhraseIdentifiers() {
    }

    /** The end of the identifiers that start at {@code after}, right after the head; {@code after} if none. */
    static int end(Sentence s, int after, Pattern identifier, Pattern subtype) {
        int to = after;
        if (s.lower(to).equals("type") && subtype.matcher(s.token(to + 1).text()).matches()) {
            return to + 2; // "the somatostatin receptor type 2"
        }
        if (s.lower(to).equals("-") && identifier.matcher(s.token(to + 1).text()).matches()) {
            return to + 2; // "peptidase - 4"
        }
        if (to < s.size() && identifier.matcher(s.token(to).text()).matches() && !s.lower(to).equals("a")
                && (!s.lower(to).equals("i") || numeralOne(s, to))) {
            to++;
            if (GREEK_WORDS.contains(s.lower(to - 1)) && CHAIN_NUMBER.matcher(s.lower(to)).matches()) {
                to++; // "IL-13 receptor alpha 1": the chain's number
            }
        }
        return to;
    }

    private static final Set<String> GREEK_WORDS = Set.of("alpha", "beta", "gamma", "delta");
    private static final Pattern CHAIN_NUMBER = Pattern.compile("[1-4]");

    /** Words after which "I" is the numeral one: "a topoisomerase I inhibitor", "topoisomerase I and II". */
    private static final Set<String> AFTER_NUMERAL_ONE = Set.of("inhibitor", "inhibitors", "activity", "and", "or", "gene");

    /** "I" at k is a numeral, not the pronoun: "topoisomerase I inhibitor" (but "the kinase I studied"). */
    private static boolean numeralOne(Sentence s, int k) {
        return s.token(k).text().equals("I") && (k + 1 >= s.size() || s.token(k + 1).isPunctuation()
                || AFTER_NUMERAL_ONE.contains(s.lower(k + 1)));
    }
}
