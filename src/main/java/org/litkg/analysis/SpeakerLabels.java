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
        int k = capitalsEnd(tokens);
        if (k == 0) {
            return -1;
        }
        boolean titled = TITLES.contains(tokens.get(0).text());
        // one long word in capitals ("NARRATOR:"); a title and a name ("DR. OKAFOR:"); a name and its role in
        // brackets ("MARIT HOLM-ADEYEMI (MODERATOR):"); never "TIGIT:" or "KEY POINTS:"
        boolean label = titled ? k >= 2 : k == 1 && PageLayout.isSpeakerLabel(tokens.get(0).text()) || roleBracketed(tokens, k)
                || k == 1 && BRACKETED_ROLES.contains(tokens.get(0).text()) && tokens.size() > 1
                && tokens.get(1).text().equals("("); // "HOST (Imogen Tallis):", a short role with its speaker's name
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

    /** The colon right after words in capitals opening the sentence ("BRENNECKE:", "ACHTERBERG-MENSAH:"), or -1. */
    public static int capitalsColon(List<Token> tokens) {
        int k = capitalsEnd(tokens);
        return k > 0 && k < tokens.size() && tokens.get(k).text().equals(":") ? k : -1;
    }

    /** The end of the words in capitals the label opens with, a surname cut at its hyphen ("BRANDT", "-", "OSEI") one. */
    private static int capitalsEnd(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && k < MAX_NAME_WORDS && (isCapitalWord(tokens.get(k).text()) || k > 0
                && tokens.get(k).text().equals("-") && k + 1 < tokens.size() && isCapitalWord(tokens.get(k + 1).text()))) {
            k++;
        }
        return k;
    }

    /** Roles a transcript brackets after its speaker's name: "MARIT HOLM-ADEYEMI (MODERATOR):". */
    private static final Set<String> BRACKETED_ROLES = Set.of("MODERATOR", "HOST", "ANCHOR", "PRESENTER", "INTERVIEWER",
            "CHAIR", "REPORTER");

    /** Two or more capital words before k, and at k a role alone in brackets: "X Y (MODERATOR)". */
    private static boolean roleBracketed(List<Token> tokens, int k) {
        return k >= 2 && k + 2 < tokens.size() && tokens.get(k).text().equals("(")
                && BRACKETED_ROLES.contains(tokens.get(k + 1).text()) && tokens.get(k + 2).text().equals(")");
    }

    /** The most words of a name in capitals in a role label's brackets: "ANCHOR (DANA WHITFIELD-ORR):". */
    private static final int MAX_BRACKETED_NAME_TOKENS = 6;

    /**
     * The tokens [from, to) of the person a label names: after its title ("DR. AMARA OKAFOR"), or in capitals in the
     * brackets after a role ("REPORTER (LUIS ECHEVERRIA-BANKS):"); null where it names none.
     */
    public static int[] person(List<Token> tokens) {
        int colon = colon(tokens);
        if (colon < 0) {
            return null;
        }
        if (!TITLES.contains(tokens.get(0).text())) {
            int name = capitalsEnd(tokens); // "X Y (MODERATOR):", the name before the role
            return roleBracketed(tokens, name) ? new int[] {0, name} : bracketedName(tokens, colon);
        }
        int to = 1;
        while (to < colon && !tokens.get(to).text().equals("(")) {
            to++;
        }
        return new int[] {1, to};
    }

    /** "ANCHOR (DANA WHITFIELD-ORR):": two or more words in capitals filling a role label's brackets, else null. */
    private static int[] bracketedName(List<Token> tokens, int colon) {
        if (colon < 4 || !tokens.get(1).text().equals("(") || !tokens.get(colon - 1).text().equals(")")
                || colon - 3 > MAX_BRACKETED_NAME_TOKENS) {
            return null;
        }
        // "PRESENTER (Carys Pemberton-Mbeki):": a role in capitals may bracket a name written as names are (a role of
        // three letters or more: "Q (Reuters):" brackets an outlet)
        boolean roleInCapitals = isCapitalWord(tokens.get(0).text()) && tokens.get(0).text().length() > 2;
        int words = 0;
        for (int k = 2; k < colon - 1; k++) {
            String w = tokens.get(k).text();
            if (w.equals("-")) {
                continue; // "WHITFIELD-ORR", cut at its hyphen
            }
            if (!isCapitalWord(w) && !(roleInCapitals && isNameWord(w))) {
                return null;
            }
            words++;
        }
        return words >= 2 ? new int[] {2, colon - 1} : null;
    }

    /**
     * "DR. ANIKA BRANDVOLD-SESAY (ONCOLOGIST, MARLOW VALLEY UNIVERSITY HOSPITAL):": the tokens [from, to) after the comma
     * in a titled label's brackets, where the speaker works, written in capitals; null where there is none.
     */
    public static int[] bracketedPlace(List<Token> tokens) {
        int colon = colon(tokens);
        if (colon < 0 || !TITLES.contains(tokens.get(0).text()) || !tokens.get(colon - 1).text().equals(")")) {
            return null;
        }
        int comma = colon - 2;
        while (comma > 0 && !tokens.get(comma).text().equals(",") && !tokens.get(comma).text().equals("(")) {
            comma--;
        }
        if (comma <= 0 || !tokens.get(comma).text().equals(",") || comma + 1 >= colon - 1) {
            return null;
        }
        for (int k = comma + 1; k < colon - 1; k++) {
            if (!isCapitalWord(tokens.get(k).text())) {
                return null;
            }
        }
        return new int[] {comma + 1, colon - 1};
    }

    private static boolean isCapitalWord(String w) {
        String letters = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return !letters.isEmpty() && Character.isLetter(letters.charAt(0)) && letters.chars().allMatch(
                c -> Character.isLetter(c) && Character.isUpperCase(c) || c == '-' || c == '\'');
    }

    /** A word written as a name's part: a capital, then letters with at most one more capital ("McAllister"). */
    private static boolean isNameWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && w.chars().filter(Character::isUpperCase).count() <= 2;
    }
}
