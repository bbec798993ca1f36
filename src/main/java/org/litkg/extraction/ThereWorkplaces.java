package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "In Wales the trial is being run at Singleton Hospital by Dr. X, a consultant haematologist there": a role "there"
 * places the person at the organisation the sentence named before them.
 */
final class ThereWorkplaces {

    /** How many words the role may take between the comma and "there": "a consultant haematologist". */
    private static final int ROLE_WORDS = 5;

    private ThereWorkplaces() {
    }

    /** The organisation "there" stands for in the person's apposed role, or null. */
    static Mention of(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        if (!s.lower(person.to()).equals(",")) {
            return null;
        }
        int there = -1;
        for (int k = person.to() + 1; k < s.size() && k <= person.to() + 1 + ROLE_WORDS; k++) {
            if (s.lower(k).equals("there")) {
                there = k;
                break;
            }
            if (s.lower(k).equals(",") || r.startingAt(si, k) != null) {
                return null; // "X, a nurse at Y": a named place of their own, read elsewhere
            }
        }
        if (there < 0 || !r.cues.isRoleNoun(s.token(there - 1).text())) {
            return null;
        }
        for (int k = person.from() - 1; k >= 0; k--) {
            Mention m = r.endingAt(si, k);
            if (m != null && m.type() == EntityType.ORGANIZATION) {
                return m;
            }
        }
        return null;
    }
}
