package org.litkg.analysis;

import java.util.List;
import java.util.Set;
import org.litkg.document.PageLayout;

/**
 * A transcript's speaker label opening a sentence, up to its colon: "ANCHOR:", "NATARAJAN:", "DR. OKAFOR:", and with the
 * speaker's institution in brackets, "DR. AMARA OKAFOR (University of Pennsylvania):". Its words are a name or a role,
 * never a gene symbol, however they are shaped.
 */
public final class SpeakerLabels {

    /** Titles that open a label naming a person: what follows them, up to a bracket or the colon, is the name. */
    private static final Set<String> TITLES = Set.of("DR.", "DR", "PROF.", "PROF", "PROFESSOR", "MR.", "MR", "MS.", "MS",
            "MRS.", "MRS", "SIR", "DAME");
    /** The most words a label's name takes before its bracket or colon. */
    private static final int MAX_NAME_WORDS = 5;
    /** The most tokens a bracketed institution takes. */
    private static final int MAX_BRACKET_TOKENS = 12;

    private SpeakerLabels() {
    }

    /** Where the label's colon is, or -1 where the sentence does not open with a speaker label. */
    public static int colon(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && k < MAX_NAME_WORDS && isCapitalWord(tokens.get(k).text())) {
            k++;
        }
        if (k == 0) {
            return -1;
        }
        boolean titled = TITLES.contains(tokens.get(0).text());
        // one long word in capitals ("NARRATOR:"); a title and a name ("DR. OKAFOR:"); never "TIGIT:" or "KEY POINTS:"
        boolean label = titled ? k >= 2 : k == 1 && PageLayout.isSpeakerLabel(tokens.get(0).text());
        if (!label) {
            return -1;
        }
        int colon = k;
        if (colon < tokens.size() && tokens.get(colon).text().equals("(")) {
            colon++;
            while (colon < tokens.size() && colon - k <= MAX_BRACKET_TOKENS && !tokens.get(colon).text().equals(")")) {
                colon++;
            }
            colon++;
        }
        return colon < tokens.size() && tokens.get(colon).text().equals(":") ? colon : -1;
    }

    /** The tokens [from, to) of the person a titled label names ("AMARA OKAFOR"), or null where it names none. */
    public static int[] person(List<Token> tokens) {
        int colon = colon(tokens);
        if (colon < 0 || !TITLES.contains(tokens.get(0).text())) {
            return null;
        }
        int to = 1;
        while (to < colon && !tokens.get(to).text().equals("(")) {
            to++;
        }
        return new int[] {1, to};
    }

    private static boolean isCapitalWord(String w) {
        String letters = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return !letters.isEmpty() && Character.isLetter(letters.charAt(0)) && letters.chars().allMatch(
                c -> Character.isLetter(c) && Character.isUpperCase(c) || c == '-' || c == '\'');
    }
}
