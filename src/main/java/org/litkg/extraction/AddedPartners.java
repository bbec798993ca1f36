package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * A drug added with no "to" after a clause about another drug: "Nemolizumab slowed the itching a little on its own, but
 * when we added dupilumab, the rash cleared" combines the two, as "added dupilumab to it" would. Only within the one
 * sentence, where the earlier clause names the drug the addition joins.
 */
final class AddedPartners {

    private AddedPartners() {
    }

    /** Words that open the clause an addition is told in: "when we added X", "once X was added". */
    private static final Set<String> OPENERS = Set.of("when", "once", "after", "if");
    /** How far before the verb its opener may stand: "when the team added", "once sitravatinib was added". */
    private static final int OPENER_REACH = 5;
    /** How far after the verb the added drug may be named: "added a low dose of X" is too far; "added X" is not. */
    private static final int OBJECT_REACH = 3;

    /** Reads the addition at the verb t; true when it found one. */
    static boolean read(Reading r, int si, int t, Trigger sense, Set<EntityType> types, List<Statement> out) {
        if (!sense.lemma().equals("add")) {
            return false;
        }
        Sentence s = r.sentence(si);
        int opener = openerBefore(s, t);
        if (opener < 1) {
            return false; // "When we added X, tumours shrank" names nothing it was added to
        }
        int[] addedAt = new int[2];
        boolean passive = VerbForms.beBefore(s, t);
        Argument added = passive ? r.leftOf(si, t, t - opener, types, addedAt)
                : r.rightOf(si, t, OBJECT_REACH, types, addedAt, true);
        int[] partnerAt = new int[2];
        Argument partner = added == null ? null : r.leftOf(si, opener, opener, types, partnerAt);
        if (partner == null || partner.node().equals(added.node())) {
            return false;
        }
        r.emit(sense.relation(), List.of(added), List.of(partner), si, addedAt[0], addedAt[1], t, t + 1, "verb-added", 0.75,
                out);
        return true;
    }

    /** The clause opener shortly before the verb t, with no comma between; -1 where there is none. */
    private static int openerBefore(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(0, t - OPENER_REACH); k--) {
            if (OPENERS.contains(s.lower(k))) {
                return k;
            }
            if (s.token(k).isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }
}
