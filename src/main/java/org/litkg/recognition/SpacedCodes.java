package org.litkg.recognition;

import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * A drug's code name written as a company prefix and a number apart: "AMG 487", "BMS 986016". Neither a year ("ASCO
 * 2024"), a trial registry number ("NCT 01234567"), a postal address ("Rochester, MN 55903") nor a bill before a
 * legislature ("HB 2291") is one, nor is a word in a telephone number ("1-800-FDA-1088").
 */
final class SpacedCodes {

    /** A company's letters, or an antibody's: "MAb 5261". */
    private static final Pattern CODE_LETTERS = Pattern.compile("[A-Z]{2,5}|[Mm]Ab");
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{3,7}");
    /**
     * A bill's prefix in a legislature's numbering: House and Assembly bills and resolutions. A Senate bill's "SB" is
     * left out, since SmithKline Beecham's compounds are numbered so ("SB 206553").
     */
    private static final java.util.Set<String> BILL_PREFIXES = java.util.Set.of("HB", "AB", "LB", "HF", "SF", "HR",
            "HJR", "SJR", "HCR", "SCR");
    /** A British postcode's two halves: "BS10 5NB", "SW1A 1AA", "M13 9PL". */
    private static final Pattern POSTCODE_OUTWARD = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?");
    private static final Pattern POSTCODE_INWARD = Pattern.compile("\\d[A-Z]{2}");

    private SpacedCodes() {
    }

    /** Whether tokens i and i + 1 are a spaced code name. */
    static boolean at(Sentence s, int i) {
        if (i + 1 >= s.size()) {
            return false;
        }
        Token letters = s.token(i);
        Token digits = s.token(i + 1);
        return CODE_LETTERS.matcher(letters.text()).matches() && CODE_DIGITS.matcher(digits.text()).matches()
                && !PublicationContext.isYear(digits.text()) && digits.span().start() == letters.span().end() + 1
                && !ShapeRecognizer.TRIAL_ID.matcher(letters.text() + digits.text()).matches() && !isPostalCode(s, i)
                && !BILL_PREFIXES.contains(letters.text());
    }

    /** Whether token i opens a British postcode, which a letterhead's address ends with: "Bristol BS10 5NB". */
    static boolean isPostcode(Sentence s, int i) {
        return i + 1 < s.size() && POSTCODE_OUTWARD.matcher(s.token(i).text()).matches()
                && POSTCODE_INWARD.matcher(s.token(i + 1).text()).matches();
    }

    /** A telephone number's digits before a word: "1-800", "800" (not a chemical's locant, "17-AAG", "5-FU"). */
    private static final Pattern PHONE_DIGITS = Pattern.compile("\\+?(\\d{3,}|\\d+(-\\d+)+)");

    /** Whether token i is a word in a telephone number after its digits and a hyphen: "1-800-FDA-1088". */
    static boolean isInPhoneNumber(Sentence s, int i) {
        return i >= 2 && s.isJoiningHyphen(i - 1) && PHONE_DIGITS.matcher(s.token(i - 2).text()).matches();
    }

    /** A record's number, a year then a serial: "NIV-2026-117", an entry in a lab notebook or a register. */
    private static final Pattern DATED_RECORD = Pattern.compile("[A-Z]{2,6}-(19|20)\\d{2}(-\\d{1,5})+");

    /**
     * Whether token i is a record's number dated by its year ("NIV-2026-117", or "NIV-2026" with "-" and "102" cut off
     * after it), which no drug's code is: a drug code's number is not a year with a serial after it.
     */
    static boolean isDatedRecord(Sentence s, int i) {
        String w = s.token(i).text();
        boolean serialAfter = i + 2 < s.size() && s.isJoiningHyphen(i + 1) && s.token(i + 2).text().matches("\\d{1,5}");
        return DATED_RECORD.matcher(w).matches() || serialAfter && DATED_RECORD.matcher(w + "-" + s.token(i + 2).text()).matches();
    }

    /** "Rochester, MN 55903": a state's two letters and a five-digit ZIP code after a town and its comma. */
    private static boolean isPostalCode(Sentence s, int i) {
        return s.token(i).text().length() == 2 && s.token(i + 1).text().length() == 5 && s.lower(i - 1).equals(",");
    }
}
