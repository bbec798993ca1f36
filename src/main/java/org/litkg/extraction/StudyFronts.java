package org.litkg.extraction;

import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A sentence that opens with the study it tells of: "In the COMBAT trial, her team gave patients X": what the team did
 * there, whatever the verb, is the study's work, so the team's owner leads it.
 */
final class StudyFronts {

    /** How many words the fronted phrase may take between "In" and its comma: "the phase 2 COMBAT trial". */
    private static final int FRONT_WORDS = 6;

    private StudyFronts() {
    }

    /** Whether the sentence opens with "In" and a study or trial, its comma right before token k. */
    static boolean opensWith(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int open = s.labelColon(2) + 1;
        if (!s.lower(open).equals("in") || !s.lower(k - 1).equals(",") || k - 1 - open > FRONT_WORDS) {
            return false;
        }
        for (int j = open + 1; j < k - 1; j++) {
            Mention m = r.startingAt(si, j);
            if (m != null && m.type() == EntityType.CLINICAL_TRIAL
                    || r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(j)))) {
                return true;
            }
        }
        return false;
    }
}
