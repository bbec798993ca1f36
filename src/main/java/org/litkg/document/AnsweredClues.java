package org.litkg.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crossword's clue with its answer on one line: "3. Drug that blocks CXCR4 (10): PLERIXAFOR", "2. It binds CXCR4
 * (6): CXCL12". The bracketed letter count is what tells a clue: it matches the letters of the answer after it, which
 * a line that merely holds a bracketed number after a label does not. The clue describes its answer, so the clue's
 * subject ("Drug", "It") is the answer ({@code ClueSubjects}); the line says its finding however short it is.
 */
public final class AnsweredClues {

    private static final Pattern CLUE = Pattern.compile("(?<clue>\\S.{2,150}?)\\s*"
            + "\\((?<count>\\d{1,2}(?:[,-]\\s?\\d{1,2})*)\\)" // "(10)", "(4,5)"
            + "\\s*[:=—–-]?\\s*(?<answer>[\\p{L}\\d][\\p{L}\\d' -]*?)\\s*\\.?\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private AnsweredClues() {
    }

    /** Where in the line its answer starts, or -1 where the line is no clue answered by as many letters as it asks. */
    public static int answerStart(String line) {
        if (line.indexOf('(') < 0) {
            return -1; // no letter count: most lines, and most sentences, which layout and recognition ask about
        }
        Matcher m = CLUE.matcher(line);
        if (!m.matches()) {
            return -1;
        }
        int asked = NUMBER.matcher(m.group("count")).results().mapToInt(r -> Integer.parseInt(r.group())).sum();
        long given = m.group("answer").chars().filter(Character::isLetterOrDigit).count();
        return asked == given && lettersIn(m.group("clue")) ? m.start("answer") : -1;
    }

    /** Whether the clue has words: "Drug that blocks CXCR4", not a reference's "Blood 2026 (12)". */
    private static boolean lettersIn(String clue) {
        return clue.chars().filter(Character::isLowerCase).count() >= 2;
    }
}
