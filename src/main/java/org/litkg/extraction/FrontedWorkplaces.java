package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A workplace a sentence opens with, in a participle its subject's person fills: "Working at the Rothwell Institute in
 * Edinburgh, my old mentor, Professor X, had spent years on ..." and "Based at Y, Dr X leads ..."; or in a place
 * phrase before a team its leader leads: "At the Northgate Centre in Leeds, a team led by Dr X has been studying".
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
        int link = at ? 0 : OPENING_PARTICIPLES.contains(s.lower(0)) && s.lower(1).equals("at") ? 1 : -1;
        if (link < 0) {
            return null;
        }
        Mention org = r.startingAt(si, s.lower(link + 1).equals("the") ? link + 2 : link + 1);
        if (org == null || org.type() != EntityType.ORGANIZATION || org.to() >= person.from()) {
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
}
