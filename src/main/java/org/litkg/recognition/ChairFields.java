package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * The field a professor's chair is in, written in capitals as posts are: "Professor of Comparative Medicine and
 * Pathobiology, Cornell University". The field is no organisation, though "Medicine" ends the names of schools;
 * an institution's own head word ("Professor of Medicine at the University of X" aside) keeps a run what it is.
 */
final class ChairFields {

    /** The words of a professor's post right before "of": "Professor of", "Professor Emeritus of". */
    private static final Set<String> CHAIRS = Set.of("Professor", "Emeritus", "Emerita");

    private ChairFields() {
    }

    /** Whether the capitalised run [from, end) is, or continues with "and", the field after "Professor of". */
    static boolean isField(Sentence s, int from, int end) {
        for (int k = from; k < end; k++) {
            if (InstitutionsOfInstitutions.isInstitutionHead(s.token(k).text())) {
                return false; // "Professor of Medicine, University of X": an institution's or a unit's own head word
            }
        }
        int k = from - 1;
        while (k > 0 && (s.lower(k).equals("and") || s.token(k).isCapitalised() && !CHAIRS.contains(s.token(k).text()))) {
            k--; // "Professor of Comparative Medicine and Pathobiology": the field's words before the run
        }
        return k > 0 && s.lower(k).equals("of") && CHAIRS.contains(s.token(k - 1).text()); // "Of X," opens no chair
    }
}
