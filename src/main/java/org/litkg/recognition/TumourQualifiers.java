package org.litkg.recognition;

import org.litkg.analysis.Sentence;

/**
 * Qualifiers before "tumour" or "cancer" that leave the cancer's kind unsaid, so the phrase is a reference to the
 * cancer in focus rather than a cancer of its own: the mutation its cells carry ("KRAS G12C-mutant tumour cells") or
 * how far it has spread ("primary tumours", "metastatic cancer").
 */
final class TumourQualifiers {

    private TumourQualifiers() {
    }

    /** Words that say which mutation a cancer's cells carry: "KRAS G12C-mutant", "EGFR-positive", "BRAF-driven". */
    private static final java.util.Set<String> MUTATION_WORDS = java.util.Set.of("-", "mutant", "mutated", "positive",
            "negative", "driven", "wild", "type", "amplified", "rearranged");

    /** Words that say how far a tumour has spread or where it began, and nothing of its kind. */
    private static final java.util.Set<String> SPREAD_WORDS = java.util.Set.of("primary", "secondary", "original",
            "metastatic", "recurrent");

    /** Only words of spread between {@code from} and the head: "primary tumours", "metastatic cancer". */
    static boolean onlySpreadWords(Sentence s, int from, int head) {
        for (int k = from; k < head; k++) {
            if (!SPREAD_WORDS.contains(s.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Only gene symbols, amino-acid changes and words for a mutation between {@code from} and the head. */
    static boolean onlyMutationWords(Sentence s, int from, int head) {
        for (int k = from; k < head; k++) {
            String w = s.token(k).text();
            int hyphen = w.lastIndexOf('-');
            boolean compound = hyphen > 0 && MUTATION_WORDS.contains(s.lower(k).substring(hyphen + 1)); // "G12C-mutant"
            String symbol = compound ? w.substring(0, hyphen) : w;
            if (!MUTATION_WORDS.contains(s.lower(k)) && !ShapeRecognizer.isCapitalSymbol(symbol)) {
                return false;
            }
        }
        return true;
    }
}
