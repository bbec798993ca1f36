package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "Chloe Park, a PhD student at Y, has published her first paper. The paper, published in J, shows that ...": a
 * definite study noun opening the sentence that says where it appeared stands for the paper the sentence before gave
 * to a person, who leads it; where that person was said to work conducts it.
 */
final class OwnPapersBefore {

    /** Verbs of a person putting out a paper of their own. */
    private static final Set<String> PUBLISHING = Set.of("published", "publishes", "wrote", "authored");
    /** How far after the person the possessive paper may come, past an apposition: "has just published her paper". */
    private static final int REACH = 16;

    private OwnPapersBefore() {
    }

    static void read(Reading r, int si, List<Statement> found) {
        Sentence s = r.sentence(si);
        if (si == 0 || !s.lower(0).equals("the") || !StudyPossessors.isStudyWord(r, s, 1)) {
            return;
        }
        Argument author = authorBefore(r, si - 1, s.lower(1));
        if (author == null) {
            return;
        }
        List<Statement> added = new ArrayList<>();
        for (Statement st : found) {
            if (st.relation() != RelationType.PUBLISHED_IN || st.evidence().sentenceIndex() != si
                    || !(st.subject() instanceof Node.StudyNode) || led(found, st.subject())) {
                continue;
            }
            Argument study = new Argument(st.subject(), s.token(1).span(), s.token(1).text(), true);
            r.emit(RelationType.LED_BY, List.of(study), List.of(author), si, 0, 2, 0, 2, "study-own-paper-before", 0.7,
                    added);
            for (Statement post : found) {
                if (post.relation() == RelationType.AFFILIATED_WITH && !post.evidence().negated()
                        && post.subject().equals(author.node()) && post.evidence().sentenceIndex() < si) {
                    Argument place = new Argument(post.object(), s.token(1).span(), s.token(1).text(), true);
                    r.emit(RelationType.CONDUCTED_BY, List.of(study), List.of(place), si, 0, 2, 0, 2,
                            "study-own-paper-before", 0.6, added);
                }
            }
        }
        found.addAll(added);
    }

    /** The person sentence si says published a paper of their own, "her first paper", of the same noun; else null. */
    private static Argument authorBefore(Reading r, int si, String noun) {
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            if (m.type() != EntityType.PERSON || m.anaphoric()) {
                continue;
            }
            for (int k = m.to(); k + 2 < s.size() && k < m.to() + REACH; k++) {
                boolean own = PUBLISHING.contains(s.lower(k)) && StudyPossessors.PERSON_POSSESSIVES.contains(
                        s.lower(k + 1)) && (s.lower(k + 2).equals(noun) || s.lower(k + 3).equals(noun));
                if (own) {
                    return r.argument(m, EnumSet.of(EntityType.PERSON));
                }
            }
        }
        return null;
    }

    private static boolean led(List<Statement> found, Node study) {
        return found.stream().anyMatch(st -> st.relation() == RelationType.LED_BY && st.subject().equals(study));
    }
}
