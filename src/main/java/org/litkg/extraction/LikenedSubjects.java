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
        if (!FrontedPhrases.opensWithComparison(s)) {
            return subjects; // most sentences: nothing to look for (this runs for every statement)
        }
        for (Mention m : reading.mentions(si)) {
            int start = FrontedPhrases.comparisonStart(s, m.to() - 1);
            if (start < 0 || !FrontedPhrases.likens(s, start) || !s.lower(m.to()).equals(",")) {
                continue;
            }
            // the clause's own subject, right after the comma: "Like X, the drug binds", not "ferroportin, the channel on"
            int subjectEnd = s.token(Math.min(s.size() - 1, m.to() + SUBJECT_REACH)).span().end();
            int comma = s.token(m.to()).span().start();
            boolean allAfter = !subjects.isEmpty()
                    && subjects.stream().allMatch(a -> a.span().start() > comma && a.span().end() <= subjectEnd);
            Argument compared = allAfter ? reading.argument(m, allowed) : null;
            if (compared == null || compared.reference()
                    || subjects.stream().anyMatch(a -> a.node().equals(compared.node()))) {
                return subjects;
            }
            List<Argument> out = new ArrayList<>(subjects);
            out.add(compared);
            return out;
        }
        return subjects;
    }
}
