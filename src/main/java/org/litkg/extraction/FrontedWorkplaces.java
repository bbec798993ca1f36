package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A workplace a sentence opens with, in a participle its subject's person fills: "Working at the Rothwell Institute in
 * Edinburgh, my old mentor, Professor X, had spent years on ..." and "Based at Y, Dr X leads ...".
 */
final class FrontedWorkplaces {

    private static final Set<String> OPENING_PARTICIPLES = Set.of("working", "based");

    private FrontedWorkplaces() {
    }

    /** The organisation the sentence's opening participle names, if the person at {@code person} is its subject. */
    static Mention of(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        if (!OPENING_PARTICIPLES.contains(s.lower(0)) || !s.lower(1).equals("at")) {
            return null;
        }
        Mention org = r.startingAt(si, s.lower(2).equals("the") ? 3 : 2);
        if (org == null || org.type() != EntityType.ORGANIZATION || org.to() >= person.from()) {
            return null;
        }
        for (int k = org.to(); k < person.from(); k++) {
            Mention between = r.startingAt(si, k);
            if (s.token(k).pos().equals("VERB") || between != null && between.type() == EntityType.PERSON) {
                return null; // "Working at Y, the team found that Dr X ...": the participle is another subject's
            }
        }
        return org;
    }
}
