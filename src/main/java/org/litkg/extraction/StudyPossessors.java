package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** Whose study a possessive says it is: "her best-known work", "Raman's earlier paper", "her team's study". */
final class StudyPossessors {

    private StudyPossessors() {
    }

    /** A person's possessives ("her work"); "their" may stand for a team too. */
    static final Set<String> PERSON_POSSESSIVES = Set.of("his", "her");

    /** Tags that end the study noun's phrase before a possessive could open it: a determiner, a preposition, an auxiliary. */
    private static final Set<String> PHRASE_BREAKS = Set.of("DET", "ADP", "AUX");

    /** How many tokens before its noun a possessive may be: "her best - known work". */
    private static final int POSSESSIVE_REACH = 5;

    /**
     * "his", "her" or a person's "'s" opening the study noun's phrase ("her best-known work", "Raman's earlier work"):
     * its token, else -1.
     */
    static int possessiveBefore(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        for (int k = noun - 1; k >= Math.max(0, noun - POSSESSIVE_REACH); k--) {
            Mention owner = s.lower(k).equals("'s") || s.lower(k).equals("’s") ? r.endingAt(si, k - 1) : null;
            if (PERSON_POSSESSIVES.contains(s.lower(k)) || owner != null && owner.type() == EntityType.PERSON) {
                return k;
            }
            boolean teams = owner != null || r.cues.is(Category.RESEARCHER_NOUN, s.lower(k - 1)); // "her team's paper"
            if (s.token(k).isPunctuation() && !s.lower(k).equals("-") && !(s.token(k).isPossessive() && teams)
                    || PHRASE_BREAKS.contains(s.token(k).pos())) {
                return -1; // "his name is on a paper": the possessive opens another phrase
            }
        }
        return -1;
    }
}
