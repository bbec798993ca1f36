package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A workplace a sentence opens with, in a participle its subject's person fills: "Working at the Rothwell Institute in
 * Edinburgh, my old mentor, Professor X, had spent years on ..." and "Based at Y, Dr X leads ..."; or in a place
 * phrase before a team its leader leads: "At the Northgate Centre in Leeds, a team led by Dr X has been studying"; or
 * in a period of training with a supervisor there: "During my PhD at Imperial College London with Professor X".
 */
final class FrontedWorkplaces {

    private static final Set<String> OPENING_PARTICIPLES = Set.of("working", "based");

    private FrontedWorkplaces() {
    }

    /** The organisation the sentence's opening participle names, if the person at {@code person} is its subject. */
    static Mention of(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        // "At the Northgate Centre in Leeds, a team led by Dr X has been studying": only a team's leader is placed so,
        // not whoever a sentence opening "At ASCO," names
        int by = person.from() - 1;
        by = s.lower(by).equals(".") ? by - 1 : by; // "Dr." cut from its stop
        by = r.cues.is(Cues.Category.TITLE_WORD, s.token(Math.max(0, by)).text()) ? by - 1 : by;
        int ledBy = by > 1 && s.lower(by).equals("by") && s.lower(by - 1).equals("led") ? by - 1 : -1;
        boolean at = s.lower(0).equals("at") && ledBy > 0;
        // "During my PhD at Imperial College London with Professor X, I showed": the supervisor is at the place trained at
        boolean supervisor = s.lower(by).equals("with") && LaboratoryHeads.inTraining(s, by);
        Mention org = orgAfter(r, si, at ? 0 : supervisor ? lastAtBefore(s, by) : participleLink(s));
        if (org == null || org.to() >= person.from()) {
            return null;
        }
        for (int k = org.to(); k < person.from(); k++) {
            Mention between = r.startingAt(si, k);
            if (s.token(k).pos().equals("VERB") && k != ledBy || between != null && between.type() == EntityType.PERSON) {
                return null; // "Working at Y, the team found that Dr X ...": the participle is another subject's
            }
        }
        return org;
    }

    /** Who may own a team a fronted participle places: "her group", "the team", "researchers". */
    private static final Set<String> TEAM_OWNERS = Set.of("her", "his", "their", "the", "a");

    /**
     * "Working at the University of Zurich in the early 2000s, her group showed that ...": the organisation the
     * sentence's opening participle names, where the team at {@code team} is the clause's subject right after it.
     */
    static Mention ofTeam(Reading r, int si, int team) {
        Sentence s = r.sentence(si);
        Mention org = orgAfter(r, si, participleLink(s));
        int subject = TEAM_OWNERS.contains(s.lower(team - 1)) ? team - 1 : team;
        if (org == null || org.to() >= subject || !s.lower(subject - 1).equals(",")) {
            return null;
        }
        for (int k = org.to(); k < subject; k++) {
            Mention between = r.startingAt(si, k);
            if (s.token(k).pos().equals("VERB") || between != null && between.type() == EntityType.ORGANIZATION) {
                return null; // "Working at Y, which funds Z, the team": the participle's clause goes on
            }
        }
        return org;
    }

    /** The "at" of an opening participle's "Working at" or "Based at", else -1. */
    private static int participleLink(Sentence s) {
        return OPENING_PARTICIPLES.contains(s.lower(0)) && s.lower(1).equals("at") ? 1 : -1;
    }

    /** The last "at" before token k, else -1. */
    private static int lastAtBefore(Sentence s, int k) {
        for (int j = k - 1; j > 0; j--) {
            if (s.lower(j).equals("at")) {
                return j;
            }
        }
        return -1;
    }

    /** The organisation named right after the opening's "at" at {@code link} (past "the"), else null. */
    private static Mention orgAfter(Reading r, int si, int link) {
        if (link < 0) {
            return null;
        }
        Mention org = r.startingAt(si, r.sentence(si).lower(link + 1).equals("the") ? link + 2 : link + 1);
        return org != null && org.type() == EntityType.ORGANIZATION ? org : null;
    }
}
