package org.litkg.recognition;

import org.litkg.analysis.Sentence;
import org.litkg.document.Dates;

/**
 * A bracketed citation of a journal and its year, perhaps by month or after whose work it was: "(Lancet Oncology
 * 2016)", "(Nature Medicine, 2022)", "(Blood, June 2026)", "(Washington University trial, Lancet Oncology 2016)",
 * "(Annals of the Rheumatic Diseases, published 16 March)", a paper to come ("(Gut, in press)"), or a quoted title's
 * journal alone: '"X plus Y in Z" (The Lancet Oncology)', or a reported finding's: "showed that X (Nature
 * Immunology).". It cites where a study appeared, as notes, slides and captions write it. Only a journal the lexicon
 * names as one, or that the slot lets a context-only title be ("Blood"), is read so: "(Pfizer, 2016)" names no
 * journal.
 */
public final class BracketedCitations {

    /** How many words a bracketed citation may give before its journal: "(Washington University trial, J 2016)". */
    private static final int CITED_SOURCE_WORDS = 5;

    /** Quotes that close a paper's title before its bracketed journal. */
    private static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("\"", "”", "''");

    private BracketedCitations() {
    }

    /** Whether the journal's title starting at token i is such a citation's. */
    static boolean at(Sentence s, int i) {
        int end = PublicationContext.afterTitle(s, i);
        if (s.lower(i - 1).equals("(") && CLOSING_QUOTES.contains(s.lower(i - 2)) && s.lower(end).equals(")")) {
            return true; // a reading list's quoted title and its journal: '"Balixafortide plus eribulin" (The Lancet)'
        }
        boolean etAl = s.lower(i - 2).equals(".") && s.lower(i - 3).equals("al") || s.lower(i - 2).equals("al.");
        if (s.lower(i - 1).equals("(") && s.lower(end).equals(")") && etAl) {
            return true; // a cited paper's authors and journal: "See Burns et al. (Science Signaling)"
        }
        boolean closesSentence = end + 1 == s.size() || s.lower(end + 1).equals(".");
        if (s.lower(i - 1).equals("(") && s.lower(end).equals(")") && closesSentence && reportedBefore(s, i - 1)) {
            return true; // a finding closed by its journal: "our team showed that X releases Y (Nature Immunology)."
        }
        int year = s.lower(end).equals(",") ? end + 1 : end;
        boolean published = s.lower(year).equals("published"); // "(Annals of X, published 16 March)"
        year += published ? 1 : 0;
        year += published && s.lower(year).matches("\\d{1,2}") ? 1 : 0;
        boolean month = Dates.isMonth(s.lower(year));
        year = month ? year + 1 : year; // "(Blood, June 2026)"
        boolean dated = PublicationContext.isYear(s.lower(year)) && s.lower(year + 1).equals(")")
                || s.lower(year).equals("in") && s.lower(year + 1).equals("press") && s.lower(year + 2).equals(")");
        if (!dated && !(published && month && s.lower(year).equals(")"))) {
            return false;
        }
        if (s.lower(i - 1).equals("(")) {
            return true;
        }
        for (int k = i - 2; s.lower(i - 1).equals(",") && k >= Math.max(0, i - 2 - CITED_SOURCE_WORDS); k--) {
            if (s.lower(k).equals("(")) {
                return k < i - 2;
            }
            if (s.lower(k).equals(")") || s.lower(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that report a finding before "that": "our team showed that", "they found that". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("showed", "shown", "shows", "found",
            "finds", "reported", "reports", "demonstrated", "revealed");

    /** Whether a finding is reported ("showed that") before token k. */
    static boolean reportedBefore(Sentence s, int k) {
        for (int j = 0; j + 1 < k; j++) {
            if (REPORTING.contains(s.lower(j)) && s.lower(j + 1).equals("that")) {
                return true;
            }
        }
        return false;
    }
}
