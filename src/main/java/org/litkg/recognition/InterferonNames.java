package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Interferons named in words: a family ("type I interferons") or one interferon with its Greek letter
 * written apart ("interferon beta", "IFN gamma"), which is a cytokine; "interferon beta-1a", the same word with
 * a product's number after it, is a drug.
 */
final class InterferonNames {

    /** A name found at a token: where it ends, how it is written and what it is. */
    record Found(int end, String name, EntityType type) {
    }

    private static final Set<String> FAMILY_TYPES = Set.of("I", "II", "III", "1", "2", "3");
    private static final Set<String> LETTERS = Set.of("alpha", "beta", "gamma", "lambda", "omega", "α", "β", "γ", "λ", "ω");

    private InterferonNames() {
    }

    /** The interferon named from token i, or null. */
    static Found at(Sentence s, int i) {
        if (s.lower(i).equals("type") && i + 2 < s.size() && FAMILY_TYPES.contains(s.token(i + 1).text())
                && s.lower(i + 2).startsWith("interferon")) {
            return new Found(i + 3, "type " + s.token(i + 1).text() + " interferon", EntityType.PROTEIN);
        }
        boolean stem = s.lower(i).equals("interferon") || s.token(i).text().equals("IFN");
        if (!stem || i + 1 >= s.size()) {
            return null;
        }
        String letter = s.lower(i + 1);
        int hyphen = letter.indexOf('-');
        if (hyphen > 0 && LETTERS.contains(letter.substring(0, hyphen)) && letter.substring(hyphen).matches("-\\d[a-z]")) {
            return new Found(i + 2, "interferon " + letter, EntityType.DRUG); // the tokenizer kept "beta-1a" whole
        }
        if (!LETTERS.contains(letter)) {
            return null;
        }
        String name = "interferon " + s.lower(i + 1);
        int product = productNumberEnd(s, i + 2);
        if (product > 0) {
            String number = s.lower(product - 1).replace("-", "");
            return new Found(product, name + "-" + number, EntityType.DRUG); // "interferon beta-1b", however it was cut
        }
        return new Found(i + 2, name, EntityType.PROTEIN);
    }

    /** "-1a", "1b", "-2b" after the letter: the end of a product's number, else -1. */
    private static int productNumberEnd(Sentence s, int k) {
        int from = k < s.size() && s.lower(k).equals("-") ? k + 1 : k;
        return from < s.size() && s.lower(from).matches("-?\\d[a-z]") ? from + 1 : -1;
    }
}
