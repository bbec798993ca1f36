package org.litkg.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * An institution named in an address without a head word ("Gustave Roussy", "Rigshospitalet"): an address lists a
 * unit, its institution, then the city and the country ("Department of Oncology, Rigshospitalet, Copenhagen, Denmark"),
 * so the name right after a department, followed by two more parts, is the institution the department belongs to.
 */
final class AddressInstitutions {

    /** Units an address opens with, before the institution they belong to. */
    private static final Set<String> UNIT_WORDS = Set.of("department", "division", "section", "unit", "service");

    /** The most words such a name has: "Gustave Roussy", "Hospital Clínic" has a head word of its own. */
    private static final int MAX_WORDS = 3;

    private AddressInstitutions() {
    }

    /** A name of capitalised words only: "Office of Immunology and Inflammation" is another unit, not its institution. */
    private static boolean plainName(Sentence s, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!Character.isUpperCase(s.token(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the capitalised run [from, end) stands between a unit and two more address parts (city, country). */
    static boolean isInstitution(Sentence s, int from, int end, List<Mention> found) {
        if (!s.lower(from - 1).equals(",") || !s.lower(end).equals(",") || !placeAfter(s, end + 1)
                || end - from > MAX_WORDS || !plainName(s, from, end)) {
            return false;
        }
        int before = s.lower(from - 2).equals(")") ? bracketOpen(s, from - 2) - 1 : from - 2;
        for (Mention m : found) {
            if (m.to() == before + 1 && m.type() == EntityType.ORGANIZATION
                    && UNIT_WORDS.contains(m.text().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised part, then a comma and another, or a line's end: "Villejuif, France", "Copenhagen, Denmark;". */
    private static boolean placeAfter(Sentence s, int k) {
        int part = k;
        while (part < s.size() && Character.isUpperCase(s.token(part).text().charAt(0))) {
            part++;
        }
        if (part == k || !s.lower(part).equals(",")) {
            return false;
        }
        return part + 1 < s.size() && Character.isUpperCase(s.token(part + 1).text().charAt(0));
    }

    private static int bracketOpen(Sentence s, int close) {
        for (int k = close - 1; k >= 0 && close - k <= 6; k--) {
            if (s.lower(k).equals("(")) {
                return k;
            }
        }
        return close;
    }
}
