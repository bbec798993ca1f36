package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "(Haugland-Mbeki et al., Journal of Experimental Medicine, 2026)", "Okafor et al., UCL, Neuro-Oncology 2025": a
 * citation names the first author of the work before its journal, and the first author leads it, as a byline's does
 * ({@link AuthorBlocks}).
 */
final class CitedAuthors {

    private static final Set<EntityType> PERSONS = EnumSet.of(EntityType.PERSON);
    /** How far before the journal the citation's "et al." may stand: past the authors' place ("et al., UCL,"). */
    private static final int REACH = 8;

    private CitedAuthors() {
    }

    /** Has the first author a citation names before the journal at token journalFrom lead the study it published. */
    static void lead(Reading r, int si, int journalFrom, Argument study, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = journalFrom - 1; k >= 2 && k >= journalFrom - REACH; k--) {
            if ((s.lower(k).equals("al.") || s.lower(k).equals("al")) && s.lower(k - 1).equals("et")) {
                Mention m = r.endingAt(si, k - 2);
                Argument author = m == null ? null : r.argument(m, PERSONS);
                if (author != null) {
                    r.emit(RelationType.LED_BY, List.of(study), List.of(author), si, m.from(), m.to(), k - 1, k + 1,
                            "cited-first-author", 0.7, out);
                }
                return;
            }
            if (s.lower(k).equals("(") || s.lower(k).equals(")") || s.lower(k).equals(";")) {
                return; // another citation's, or none
            }
        }
    }
}
