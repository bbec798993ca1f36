package org.litkg.analysis;

import java.util.List;
import org.litkg.document.Span;

/**
 * Splits OpenNLP tokens where news text glues words together: em and en dashes without spaces
 * ("AMD3100—a drug"), curly quotes, a trailing hyphen ("FDA-" before "approved"), and pairs of
 * gene symbols ("CXCL12-CXCR4"). Names with internal hyphens (PD-1, BL-8040, anti-PD-L1) stay whole.
 */
final class TokenRefiner {

    private TokenRefiner() {
    }

    /** Appends the refined spans of token [start, end) of {@code text} to {@code out}. */
    static void split(String text, int start, int end, List<Span> out) {
        int pieceStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isBreaking(c)) {
                if (i > pieceStart) {
                    splitHyphens(text, pieceStart, i, out);
                }
                out.add(new Span(i, i + 1));
                pieceStart = i + 1;
            }
        }
        if (end > pieceStart) {
            splitHyphens(text, pieceStart, end, out);
        }
    }

    private static boolean isBreaking(char c) {
        return c == '—' || c == '–' || c == '“' || c == '”' || c == '‘' || c == '"' || c == '(' || c == ')'
                || c == '[' || c == ']' || c == '/';
    }

    private static void splitHyphens(String text, int start, int end, List<Span> out) {
        String word = text.substring(start, end);
        if (word.length() > 1 && word.endsWith("-")) {
            out.add(new Span(start, end - 1));
            out.add(new Span(end - 1, end));
            return;
        }
        if (word.length() > 1 && word.endsWith("’") && !word.endsWith("s’")) {
            out.add(new Span(start, end - 1));
            out.add(new Span(end - 1, end));
            return;
        }
        if (word.length() > 2 && word.charAt(0) == '-' && Character.isLetterOrDigit(word.charAt(1))) {
            out.add(new Span(start, start + 1));
            splitHyphens(text, start + 1, end, out);
            return;
        }
        int last = word.lastIndexOf('-');
        if (last >= 3 && AGENT_PARTICIPLES.contains(word.substring(last + 1).toLowerCase(java.util.Locale.ROOT))) {
            splitHyphens(text, start, start + last, out); // "imatinib-mediated", "CXCL12-induced": the agent is a name
            out.add(new Span(start + last, start + last + 1));
            out.add(new Span(start + last + 1, end));
            return;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && word.indexOf('-', hyphen + 1) < 0) {
            String left = word.substring(0, hyphen);
            String right = word.substring(hyphen + 1);
            if (isSymbolWithNumber(left) && isSymbolWithNumber(right)) {
                out.add(new Span(start, start + hyphen));
                out.add(new Span(start + hyphen, start + hyphen + 1));
                out.add(new Span(start + hyphen + 1, end));
                return;
            }
        }
        out.add(new Span(start, end));
    }

    /** Words after a hyphen that make the word before it an agent or a target: "X-induced", "X-mediated". */
    private static final java.util.Set<String> AGENT_PARTICIPLES = java.util.Set.of("mediated", "induced", "dependent",
            "independent", "caused", "treated", "catalyzed", "catalysed", "stimulated", "evoked", "triggered", "elicited", "driven",
            "sensitive", "resistant", "exposed", "targeted", "selective", "specific");

    /** A gene-symbol-like piece: at least four characters, with both letters and digits. */
    private static boolean isSymbolWithNumber(String s) {
        return s.length() >= 4 && s.chars().anyMatch(Character::isLetter) && s.chars().anyMatch(Character::isDigit);
    }
}
