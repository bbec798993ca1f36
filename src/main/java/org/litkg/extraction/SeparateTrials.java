package org.litkg.extraction;

import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "In work published last year, the X group showed ... ARC-2 is led by Dr. Y and is being carried out at Z": a named
 * trial led by someone other than the leader of the study the text was reporting is a study of its own, so the earlier
 * study keeps its leader and its workplace apart from the trial's.
 */
final class SeparateTrials {

    /** How far after "led by" the leader's name may start: "led by consultant neurologist Dr. X". */
    private static final int TITLE_REACH = 4;

    private SeparateTrials() {
    }

    /**
     * Whether the sentence names a trial, then "led by" a person who is not the leader the study being reported
     * ({@code current}, perhaps null) already has among the statements read so far.
     */
    static boolean opensOwnStudy(Reading r, int si, Study current, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention trial = current == null ? null : r.mentions(si).stream()
                .filter(m -> m.type() == EntityType.CLINICAL_TRIAL).findFirst().orElse(null);
        for (int k = trial == null ? s.size() : trial.to(); k < s.size(); k++) {
            if (!LeaderCues.ledByAt(r, s, k)) {
                continue;
            }
            for (int j = k + 1; j < Math.min(s.size(), k + 1 + TITLE_REACH); j++) {
                Mention m = r.startingAt(si, j);
                Argument person = m != null && m.type() == EntityType.PERSON ? r.argument(m, StudyPatterns.PEOPLE) : null;
                if (person != null) {
                    return ledByOther(current, person.node(), out);
                }
            }
        }
        return false;
    }

    private static boolean ledByOther(Study current, Node person, List<Statement> out) {
        return out.stream().anyMatch(s -> s.relation() == RelationType.LED_BY && !s.evidence().negated()
                && s.subject() instanceof Node.StudyNode n && n.study() == current && !s.object().equals(person));
    }
}
