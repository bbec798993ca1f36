package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "In Wales the trial is being run at Singleton Hospital by Dr. X, a consultant haematologist there": a role "there"
 * places the person at the organisation the sentence named before them, as does a post in a "where" clause after it
 * ("research at Cardiff University, where Dr. X heads a sarcoma laboratory", "where Dr. X is the principal
 * investigator").
 */
final class ThereWorkplaces {

    /** How many words the role may take between the comma and "there": "a consultant haematologist". */
    private static final int ROLE_WORDS = 5;

    private ThereWorkplaces() {
    }

    /** The organisation "there" stands for in the person's apposed role, or the one a "where" clause holds; else null. */
    static Mention of(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        if (!s.lower(person.to()).equals(",")) {
            return whereHeld(r, si, person);
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

    /** A person's own team, whose work where the clause says is the person's: "where Dr. X's team studies". */
    private static final Set<String> TEAMS = Set.of("team", "lab", "laboratory", "group");
    /** Verbs of a post held where the clause says: "where she heads a laboratory", "where he works". */
    private static final Set<String> WHERE_POSTS = Set.of("works", "worked", "teaches", "taught", "used", "uses", "studies",
            "studied"); // "sat for years at Y, where Dr. X used it to follow the cells"

    /**
     * "at Y, where Dr. X heads a sarcoma laboratory", "at Y in London, where Dr. X used it": the organisation just
     * before ", where" (or before its city), if the verb holds a post or says the person's work.
     */
    private static Mention whereHeld(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        int where = RunUnits.pastTitles(r, s, person.from() - 1); // "where Dr. X"
        boolean team = s.lower(person.to()).equals("'s") && TEAMS.contains(s.lower(person.to() + 1));
        String verb = s.lower(team ? person.to() + 2 : person.to()); // "where Dr. X's team studies how ..."
        if (!s.lower(where).equals("where") || !s.lower(where - 1).equals(",")
                || !Workplaces.POST_VERBS.contains(verb) && !WHERE_POSTS.contains(verb) && !copularPost(r, s, person)) {
            return null;
        }
        int place = RunUnits.pastPlace(s, where - 1); // past "in London" and a short form in brackets
        Mention org = r.endingAt(si, place == where - 1 ? where - 2 : place);
        return org != null && org.type() == EntityType.ORGANIZATION ? org : null;
    }

    /** "where Dr. X is the principal investigator", "where she was a consultant": a post named after a copula. */
    private static boolean copularPost(Reading r, Sentence s, Mention person) {
        String verb = s.lower(person.to());
        if (!verb.equals("is") && !verb.equals("was")) {
            return false;
        }
        for (int k = person.to() + 1; k < s.size() && k <= person.to() + ROLE_WORDS; k++) {
            if (r.cues.isRoleNoun(s.token(k).text())) {
                return true;
            }
        }
        return false;
    }
}
