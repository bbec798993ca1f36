package org.litkg.analysis;

/**
 * An affiliation's mark glued to the first word of its institution, as a byline's affiliation lines print it: raised
 * ("³Sidney Kimmel Cancer Center") or in line ("2Institute of Biomedicine of Seville"). The tokenizer keeps mark and
 * word as one token, which no name recogniser would read.
 */
final class AffiliationMarks {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private AffiliationMarks() {
    }

    /** Where the mark opening token [start, end) of {@code text} ends before its word; {@code start} where none. */
    static int end(String text, int start, int end) {
        int marks = start;
        while (marks < end - 1 && SUPERSCRIPT_DIGITS.indexOf(text.charAt(marks)) >= 0) {
            marks++;
        }
        if (marks > start && Character.isLetter(text.charAt(marks))) {
            return marks;
        }
        return plainDigitsEnd(text, start, end);
    }

    /**
     * Where a plain mark ends before the word it is glued to ("1Department", "2Institute"): one or two digits, then a
     * capitalised word of four or more lower-case letters, the token opening its line or following a stop or a
     * semicolon; else {@code start}. "3D", "5HT" and "2B4" keep their digits.
     */
    private static int plainDigitsEnd(String text, int start, int end) {
        int k = start;
        while (k < end && k < start + 2 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (k == start || end - k < 4 || !Character.isUpperCase(text.charAt(k))
                || !text.substring(k + 1, end).chars().allMatch(Character::isLowerCase)) {
            return start;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || "\n.;".indexOf(text.charAt(before)) >= 0 ? k : start;
    }
}
