package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * An organisation's name that runs on past a comma into its place: a university system's campus ("University of
 * California, Riverside"), or a place its bracketed acronym spells ("University of California, San Francisco (UCSF)").
 */
final class LocatedOrgNames {

    private LocatedOrgNames() {
    }

    /** University systems that name a campus after a comma: "University of California, Riverside". */
    private static final Set<String> CAMPUS_SYSTEMS = Set.of("California", "Texas", "Colorado", "Maryland",
            "Massachusetts", "Wisconsin", "Illinois", "Missouri", "Nebraska", "Hawaii", "Tennessee", "Minnesota");

    /** "University of California, San Francisco (UCSF)": a comma and place are the name's if the acronym spells it. */
    static int end(NameRuns runs, Sentence s, int from, int end) {
        if (!s.lower(end).equals(",")) {
            return end;
        }
        int placeEnd = runs.end(s, end + 1);
        boolean campus = end - from == 3 && s.token(from).text().equals("University") && s.lower(from + 1).equals("of")
                && CAMPUS_SYSTEMS.contains(s.token(from + 2).text()) && placeEnd > end + 1 && placeEnd - end <= 3
                && !s.lower(placeEnd).equals("and");
        if (campus) {
            return placeEnd; // "the University of California, Riverside, shows"
        }
        if (placeEnd == end + 1 || !s.lower(placeEnd).equals("(") || placeEnd + 2 >= s.size()
                || !s.lower(placeEnd + 2).equals(")")) {
            return end;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = from; k < placeEnd; k++) {
            String w = s.token(k).text();
            if (NameRuns.startsName(s.token(k))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(s.token(placeEnd + 1).text()) ? placeEnd : end;
    }
}
