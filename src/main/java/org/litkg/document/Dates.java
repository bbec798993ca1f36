package org.litkg.document;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written in English prose ("February 17, 2026", "2 July 2026", "2026-07-02"). */
public final class Dates {

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    /** An ISO date, perhaps with its time: "2026-03-04", "2026-03-04T09:30:00+01:00". */
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?=T\\d|\\b)");

    private static final Pattern MONTH_WORD = Pattern.compile(MONTH, Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** Whether a word is a month's name or its short form: "November", "nov", "Sept.". */
    public static boolean isMonth(String word) {
        return MONTH_WORD.matcher(word).matches();
    }

    /** The earliest-written valid date in the text, as yyyy-mm-dd. */
    public static Optional<String> first(CharSequence text) {
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            LocalDate d = date(m.group(3), m.group(1), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = ISO.matcher(text);
        if (m.find() && m.start() < bestAt) {
            try {
                best = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException ignored) {
                // not a real date: keep the earlier one
            }
        }
        return Optional.ofNullable(best).map(LocalDate::toString);
    }

    private static LocalDate date(String year, String month, String day) {
        for (Month candidate : Month.values()) {
            String full = candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (full.regionMatches(true, 0, month, 0, Math.min(3, month.length()))) {
                try {
                    return LocalDate.of(Integer.parseInt(year), candidate, Integer.parseInt(day));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
