package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A "Yes" that answers whether a drug is approved and names who approved it: "Listener question: is maraviroc
 * approved? (Yes, by the FDA in 2007.)", "Has it been licensed? Yes, by the EMA." The drug the question asks about is
 * approved by the agencies the answer names.
 */
final class YesAnswers {

    private static final Set<EntityType> AGENCIES = EnumSet.of(EntityType.REGULATORY_AGENCY);
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);

    private YesAnswers() {
    }

    /** Whether token t is the "Yes" opening sentence si, perhaps in brackets. */
    static boolean at(Sentence s, int t) {
        return s.lower(t).equals("yes") && (t == 0 || t == 1 && s.lower(0).equals("("));
    }

    static void readApproval(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (si == 0 || Questions.afterYes(r.sentence(si - 1), s) != t + 1 || !s.lower(t + 1).equals(",")
                || !s.lower(t + 2).equals("by")) {
            return;
        }
        Mention agency = r.startingAt(si, s.lower(t + 3).equals("the") ? t + 4 : t + 3);
        Argument approver = agency == null ? null : r.argument(agency, AGENCIES);
        Argument drug = approver == null ? null : askedApproved(r, si - 1);
        if (drug == null) {
            return;
        }
        List<Argument> approvers = r.withFollowingConjuncts(si, approver, agency.to(), AGENCIES);
        Argument answered = new Argument(drug.node(), s.token(t).span(), s.token(t).text(), true);
        r.emit(RelationType.APPROVED_BY, List.of(answered), approvers, si, t, t + 1, t + 2, t + 3, "yes-answer", 0.7,
                out);
    }

    /** The drug the question at qi asks is approved: "is maraviroc approved?", "Has it been licensed?"; else null. */
    private static Argument askedApproved(Reading r, int qi) {
        Sentence q = r.sentence(qi);
        boolean approval = false;
        for (int k = 0; k < q.size(); k++) {
            approval |= ApprovedPurposes.APPROVAL_LEMMAS.contains(q.token(k).lemma());
        }
        if (!approval) {
            return null;
        }
        for (int k = 0; k < q.size(); k++) {
            Mention m = r.startingAt(qi, k);
            Argument drug = m != null ? r.argument(m, DRUGS) : r.pronoun(qi, k, DRUGS);
            if (drug != null) {
                return drug;
            }
        }
        return null;
    }
}
