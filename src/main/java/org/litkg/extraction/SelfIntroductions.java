package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A comment's writer introducing themself under the comment's header: "Dr. Mairi Adeyemi-Kohl · 1 hour ago" over
 * "Immunologist at the University of Glasgow here." The post and place, with "here", are the writer's, who is the one
 * person the line before names; they say nothing about a study.
 */
final class SelfIntroductions {

    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> ORGS = EnumSet.of(EntityType.ORGANIZATION);
    /** How many words the post before "at" may take: "Immunologist", "A retired nurse", "Postdoc". */
    private static final int POST_WORDS = 3;

    private SelfIntroductions() {
    }

    /** The "at" of a sentence that is a post at a place and "here" ("Immunologist at X here."), else -1. */
    static int atOf(Reading r, Sentence s) {
        int last = s.size() - 1;
        last = last > 0 && s.token(last).isPunctuation() ? last - 1 : last;
        if (last < 2 || !s.lower(last).equals("here")) {
            return -1;
        }
        for (int k = 1; k <= POST_WORDS && k < last; k++) {
            if (s.lower(k).equals("at")) {
                String post = s.lower(k - 1);
                return r.cues.isRoleNoun(post) || post.endsWith("ologist") || post.endsWith("ologists") ? k : -1;
            }
        }
        return -1;
    }

    /** Places the writer the line before names at the place sentence si introduces them at. */
    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        int at = si == 0 ? -1 : atOf(r, s);
        Mention place = at < 0 ? null : r.startingAt(si, s.lower(at + 1).equals("the") ? at + 2 : at + 1);
        Argument org = place == null ? null : r.argument(place, ORGS);
        List<Mention> header = org == null ? List.of() : r.mentions(si - 1);
        if (header.size() != 1 || header.get(0).type() != EntityType.PERSON || header.get(0).anaphoric()) {
            return;
        }
        Argument writer = r.argument(header.get(0), PEOPLE);
        if (writer != null) {
            r.emit(RelationType.AFFILIATED_WITH, List.of(writer), List.of(org), si, 0, at, at, at + 1,
                    "self-introduction", 0.7, out);
        }
    }
}
