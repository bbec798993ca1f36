package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;

/**
 * "Like native FGF21, the drug binds FGFR1c", "Like hepcidin, rusfertide binds ferroportin": what the clause says of
 * its subject it says of the name the subject is likened to. "Unlike X, ..." says nothing of X.
 */
final class LikenedSubjects {

    /** How many tokens after the comma the clause's subject may end: "Like X, the new drug". */
    private static final int SUBJECT_REACH = 4;

    private LikenedSubjects() {
    }

    /** The subjects, and the name they are likened to when the sentence opens with "Like X," before all of them. */
    static List<Argument> with(Reading reading, int si, List<Argument> subjects, Set<EntityType> allowed) {
        Sentence s = reading.sentence(si);
        int comma = FrontedPhrases.likeningComma(s);
        Mention m = comma > 0 ? reading.endingAt(si, comma - 1) : null;
        if (m == null) {
            return subjects; // most sentences: this runs for every statement
        }
        // the clause's own subject, right after the comma: "Like X, the drug binds", not "ferroportin, the channel on"
        int subjectEnd = s.token(Math.min(s.size() - 1, comma + SUBJECT_REACH)).span().end();
        int commaAt = s.token(comma).span().start();
        boolean allAfter = !subjects.isEmpty()
                && subjects.stream().allMatch(x -> x.span().start() > commaAt && x.span().end() <= subjectEnd);
        Argument compared = allAfter ? reading.argument(m, allowed) : null;
        if (compared == null || compared.reference() || subjects.stream().anyMatch(x -> x.node().equals(compared.node()))) {
            return subjects;
        }
        List<Argument> out = new ArrayList<>(subjects);
        out.add(compared);
        return out;
    }
}
