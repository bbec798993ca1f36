package org.litkg.recognition;

import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * A heading or a note written all in capitals ("WE HAVE YOUR MOGAMULIZUMAB", "PASSPORT OF THE HOLDER"), whose English
 * words take the shape of gene symbols: "YOUR" and "HOLDER" end in R as "EGFR" and "TSHR" do. In such a line, a
 * capitalised word that ends in a vowel and an R ("-OUR", "-ER", "-OR", "-AR") is a word, not a receptor's symbol; and
 * an antibody's name in capitals is still an INN.
 */
final class CapitalsLines {

    private static final Pattern VOWEL_AND_R = Pattern.compile("[A-Z]*[AEIOU]R");
    /** An antibody's name in capitals, long enough to be no acronym: "MOGAMULIZUMAB". */
    private static final Pattern ANTIBODY_NAME = Pattern.compile("[A-Z]{5,}MAB");

    private CapitalsLines() {
    }

    /**
     * Whether the word at i, in a sentence written all in capitals or beside another word in capitals, is an English
     * word shaped like a receptor's symbol.
     */
    static boolean isWordShapedLikeSymbol(Sentence s, int i) {
        return VOWEL_AND_R.matcher(s.token(i).text()).matches()
                && (allCapitals(s) || isCapitalWord(s, i - 1) || isCapitalWord(s, i + 1));
    }

    /**
     * A word of three or more capital letters and digits, opening with a letter: beside one, a word shaped like a
     * symbol is one of a name in capitals, as a racecard writes its runners ("3. RECEPTOR RUNNER: non-runner").
     */
    private static boolean isCapitalWord(Sentence s, int k) {
        return k >= 0 && k < s.size() && s.token(k).text().matches("[A-Z][A-Z0-9]{2,}");
    }

    /** Whether w is an antibody's name written in capitals, as a heading writes it: "WE HAVE YOUR MOGAMULIZUMAB". */
    static boolean isAntibodyName(String w) {
        return ANTIBODY_NAME.matcher(w).matches();
    }

    private static boolean allCapitals(Sentence s) {
        for (Token t : s.tokens()) {
            String text = t.text();
            if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
