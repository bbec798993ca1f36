package org.litkg.extraction;

import java.util.EnumSet;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;

/**
 * A protein's name that only says what a drug class aims at: "carries a topoisomerase I inhibitor into them" carries
 * no topoisomerase, and "releases a topoisomerase I inhibitor inside the cell" releases none.
 */
final class DrugClassTargets {

    /** Relations that place a protein in or out of cells, which a class's target word does not name. */
    private static final Set<RelationType> PLACING = EnumSet.of(RelationType.SECRETES, RelationType.EXPRESSED_ON);

    private DrugClassTargets() {
    }

    /** Whether a placing relation would take either argument from a drug class's name. */
    static boolean misplaced(RelationType relation, Sentence s, Argument subject, Argument object, Cues cues) {
        return PLACING.contains(relation) && (namesDrugClass(s, subject, cues) || namesDrugClass(s, object, cues));
    }

    /** Whether the word after the argument is a drug class's head ("inhibitor", "antagonist", "blocker"). */
    private static boolean namesDrugClass(Sentence s, Argument a, Cues cues) {
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).span().start() >= a.span().end()) {
                return cues.is(Cues.Category.DRUG_CLASS_HEAD, Lemmatizer.singular(s.lower(k)));
            }
        }
        return false;
    }
}
