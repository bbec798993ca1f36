package org.litkg.recognition;

import java.util.Set;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * Symbols a target's context makes proteins: one listed after a blocking verb ("did not inhibit HRAS or NRAS", "blocks
 * PI3K and mTOR"), one that shares a receptor head with the next ("the GIP and GLP-1 receptors"), and a symbol after
 * a lower-case letter ("mTOR"), whose shape a disease's abbreviation shares ("cGVHD").
 */
final class TargetSymbols {

    private TargetSymbols() {
    }

    static final Set<String> JOINING_WORDS = Set.of("or", "and", ",");

    /** A letters-only symbol before "and", "or" or a comma, another symbol and "receptors": "GIP and GLP-1 receptors". */
    static boolean sharesReceptorHead(Sentence s, int i) {
        String w = s.token(i).text();
        return ShapeRecognizer.SYMBOL_LETTERS.matcher(w).matches() && JOINING_WORDS.contains(s.lower(i + 1))
                && i + 3 < s.size() && ShapeRecognizer.isCapitalSymbol(s.token(i + 2).text())
                && s.lower(i + 3).equals("receptors") && !ShapeRecognizer.RECEPTOR_ENDING.matcher(w).find();
    }

    /** The symbol at k opens, or is listed in, the objects of a blocking verb: "blocks PI3K, CDK4 and". */
    static boolean isListedAfterBlocking(Sentence s, int k) {
        while (k >= 1) {
            String w = s.token(k).text();
            boolean symbol = ShapeRecognizer.isCapitalSymbol(w) || ShapeRecognizer.SYMBOL_LETTERS.matcher(w).matches()
                    || isPrefixedSymbol(w);
            if (!symbol) {
                return false;
            }
            if (ListAndTargetWords.BLOCKING_VERBS.contains(s.token(k - 1).lemma())) {
                return true;
            }
            if (k < 2 || !JOINING_WORDS.contains(s.lower(k - 1))) {
                return false;
            }
            k -= 2;
        }
        return false;
    }

    /**
     * A gene symbol after a lower-case letter for a form or a species: "mTOR", "mTORC1", "eIF4E", "hERG"; not a
     * nucleic acid ("mRNA", "cDNA"), a second messenger ("cAMP") or a kidney's filtration rate ("eGFR"). A disease's
     * abbreviation takes the same shape ("cGVHD", "nAMD"), so only a target's context makes it a protein.
     */
    private static final Pattern PREFIXED_SYMBOL = Pattern.compile("[a-z][A-Z]{2,}[A-Z0-9]{0,4}");
    private static final Set<String> NOT_PREFIXED_SYMBOLS = Set.of("cAMP", "cGMP", "eGFR", "mAB", "iPSC", "iPS");

    static boolean isPrefixedSymbol(String w) {
        return PREFIXED_SYMBOL.matcher(w).matches() && !w.endsWith("RNA") && !w.endsWith("DNA")
                && !NOT_PREFIXED_SYMBOLS.contains(w);
    }
}
