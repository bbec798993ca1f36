package org.litkg.recognition;

import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * A drug's code name written as a company prefix and a number apart: "AMG 487", "BMS 986016". Neither a year ("ASCO
 * 2024"), a trial registry number ("NCT 01234567") nor a postal address ("Rochester, MN 55903") is one.
 */
final class SpacedCodes {

    /** A company's letters, or an antibody's: "MAb 5261". */
    private static final Pattern CODE_LETTERS = Pattern.compile("[A-Z]{2,5}|[Mm]Ab");
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{3,7}");

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
                && !ShapeRecognizer.TRIAL_ID.matcher(letters.text() + digits.text()).matches() && !isPostalCode(s, i);
    }

    /** "Rochester, MN 55903": a state's two letters and a five-digit ZIP code after a town and its comma. */
    private static boolean isPostalCode(Sentence s, int i) {
        return s.token(i).text().length() == 2 && s.token(i + 1).text().length() == 5 && s.lower(i - 1).equals(",");
    }
}
