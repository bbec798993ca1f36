package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * The doses, schedules and course lengths written around a drug's name in a regimen ("methotrexate 15 mg once weekly",
 * "every three weeks", "for six cycles", "high-dose"), which the readings step over to the names they separate.
 */
final class Doses {

    private Doses() {
    }

    /** A dose's units of time: "every three weeks", "every 21 days", "for six cycles". */
    static final Set<String> SCHEDULE_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "hours",
            "cycles");
    /** How many words a schedule may have: "every two to three weeks". */
    private static final int SCHEDULE_WORDS = 5;

    /**
     * The token before a dosing schedule ending at k ("every three weeks", "every 21 days"), so the drug given on that
     * schedule is found before it; else k.
     */
    static int beforeSchedule(Sentence s, int k) {
        if (!SCHEDULE_UNITS.contains(s.lower(k))) {
            return k;
        }
        for (int j = k - 1; j >= Math.max(0, k - SCHEDULE_WORDS); j--) {
            if (s.lower(j).equals("every")) {
                return j - 1;
            }
        }
        return k;
    }

    /** Past a course's length after a regimen at k ("for six weeks", "for three cycles"); k itself where none stands. */
    static int pastDuration(Sentence s, int k) {
        if (!s.lower(k).equals("for")) {
            return k;
        }
        for (int j = k + 1; j < Math.min(s.size(), k + 2 + SCHEDULE_WORDS); j++) {
            if (SCHEDULE_UNITS.contains(s.lower(j))) {
                return j + 1;
            }
        }
        return k;
    }

    /** Units a drug's dose is given in, after its amount: "100 mg", "2 mg/kg". */
    private static final Set<String> DOSE_UNITS = Set.of("mg", "g", "mcg", "µg", "μg", "mg/kg", "mg/m2", "ml", "iu", "units");
    /** Words of how often and how a dose is given: "twice daily", "three times a day", "subcutaneously once weekly". */
    private static final Set<String> DOSING_WORDS = Set.of("once", "twice", "three", "four", "times", "a", "per",
            "daily", "weekly", "monthly", "day", "week", "orally", "subcutaneously", "intravenously", "by", "mouth",
            "every", "other", "two", "days", "weeks", "months", "hours");
    /** The most schedule words a dose takes. */
    private static final int DOSING_REACH = 4;

    /** Past a dose after a drug's name at k ("100 mg twice daily"); k itself where none stands there. */
    static int pastDose(Sentence s, int k) {
        if (k + 1 >= s.size() || !s.lower(k).matches("\\d+(\\.\\d+)?") || !DOSE_UNITS.contains(s.lower(k + 1))) {
            return k;
        }
        int j = k + 2;
        while (j < s.size() && j < k + 2 + DOSING_REACH && isDosingWord(s, j)) {
            j++;
        }
        return j;
    }

    /** A word of how often a dose is given, or the number of "every 21 days". */
    private static boolean isDosingWord(Sentence s, int k) {
        return DOSING_WORDS.contains(s.lower(k)) || s.lower(k - 1).equals("every") && s.lower(k).matches("\\d{1,3}");
    }

    /**
     * The token before a dose that ends at k ("ladarixin 200 mg twice daily plus": the drug before "200"), so the drug
     * given at that dose is found before it; else k.
     */
    static int beforeDose(Sentence s, int k) {
        int j = k;
        while (j > k - DOSING_REACH && j > 1 && isDosingWord(s, j)) {
            j--;
        }
        boolean dose = j >= 1 && DOSE_UNITS.contains(s.lower(j)) && s.lower(j - 1).matches("\\d+(\\.\\d+)?");
        return dose ? j - 2 : k;
    }

    /** The packs an order counts a drug in: "2 vials", "3 boxes". */
    private static final Set<String> PACKS = Set.of("vial", "vials", "box", "boxes", "pack", "packs", "bottle",
            "bottles", "ampoule", "ampoules", "tablets", "capsules");

    /**
     * The token before an amount that ends at k, perhaps after a comma or before how often it is given: an order
     * list's "mavorixafor, 2 vials (CXCR4 antagonist)", "CCL2 10 µg", an algorithm's "Start mavorixafor 400 mg once
     * daily (an oral CXCR4 antagonist)": the name the bracket after the amount describes; else k.
     */
    static int beforeAmount(Sentence s, int k) {
        int unit = k;
        while (unit > k - DOSING_REACH && unit > 1 && isDosingWord(s, unit)) {
            unit--;
        }
        boolean counted = (DOSE_UNITS.contains(s.lower(unit)) || PACKS.contains(s.lower(unit)))
                && s.lower(unit - 1).matches("\\d+(\\.\\d+)?");
        int end = !counted ? k : s.lower(unit - 2).equals(",") ? unit - 3 : unit - 2;
        return end >= 0 ? end : k;
    }

    /** Words of a dose's size: "high-dose methylprednisolone", "low-dose aspirin", "given high doses of X". */
    static final Set<String> DOSE_SIZES = Set.of("high", "low", "large", "big", "small", "full", "repeated", "standard",
            "reduced", "single", "double", "fixed");

    /** Past a dose's size before a drug's name at k ("high-dose"); k itself where none stands there. */
    static int pastDoseSize(Sentence s, int k) {
        boolean size = k + 3 < s.size() && DOSE_SIZES.contains(s.lower(k)) && s.lower(k + 1).equals("-")
                && s.lower(k + 2).equals("dose");
        return size ? k + 3 : k;
    }
}
