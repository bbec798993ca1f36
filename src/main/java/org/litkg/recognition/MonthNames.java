package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/** Months that are also first names: "April Armstrong of the University of ..." is a person, "in April Pfizer" a date. */
final class MonthNames {

    static final Set<String> FIRST_NAMES = Set.of("April", "May", "June");
    /** Words before a month that make it a date: "in April", "since May", "early June". */
    private static final Set<String> BEFORE_DATES = Set.of("in", "since", "until", "by", "from", "of", "last", "next",
            "early", "late", "mid", "this", "-", "through", "to", "between");

    private MonthNames() {
    }

    /** Whether the month at k opens a two-word name run ending at {@code end} as a first name, not as a date. */
    static boolean isFirstName(Sentence s, int k, int end) {
        return FIRST_NAMES.contains(s.token(k).text()) && end == k + 2 && !BEFORE_DATES.contains(s.lower(k - 1))
                && !Character.isDigit(s.token(k + 1).text().charAt(0)) && !(end < s.size() && s.lower(end).matches("\\d.*"));
    }
}
