package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/** Months that are also first names: "April Armstrong of the University of ..." is a person, "in April Pfizer" a date. */
public final class MonthNames {

    static final Set<String> FIRST_NAMES = Set.of("April", "May", "June");
    /** Words before a month that make it a date: "in April", "since May", "early June". */
    private static final Set<String> BEFORE_DATES = Set.of("in", "since", "until", "by", "from", "of", "last", "next",
            "early", "late", "mid", "this", "-", "through", "to", "between", "during");

    private MonthNames() {
    }

    /**
     * Whether the capitalised month at k is the month, not a name or a word ("May" the modal): "May 12, 2026", "in May
     * our paper appeared", "since June".
     */
    public static boolean isDate(Sentence s, int k) {
        return FIRST_NAMES.contains(s.token(k).text()) && (s.lower(k + 1).chars().anyMatch(Character::isDigit)
                || BEFORE_DATES.contains(s.lower(k - 1)));
    }

    /** Whether the month at k opens a two-word name run ending at {@code end} as a first name, not as a date. */
    static boolean isFirstName(Sentence s, int k, int end) {
        return FIRST_NAMES.contains(s.token(k).text()) && end == k + 2 && !BEFORE_DATES.contains(s.lower(k - 1))
                && !Character.isDigit(s.token(k + 1).text().charAt(0)) && !(end < s.size() && s.lower(end).matches("\\d.*"));
    }
}
