package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * What a drug is approved for, where that is moving cells out: "approved by the FDA for mobilizing stem cells",
 * "Licensed only for stem cell mobilisation", "approved by the FDA for a different purpose: moving stem cells out of
 * the bone marrow". A drug approved to move the cells moves them.
 */
final class ApprovedPurposes {

    /** Words of a regulator's approval, by lemma: "approved", "licensed", "authorisation", "cleared". */
    static final Set<String> APPROVAL_LEMMAS = Set.of("approve", "approval", "license", "licence", "authorise",
            "authorize", "authorisation", "authorization", "indicate", "clear");
    private static final Set<String> MOVING_VERBS = Set.of("mobilize", "mobilise", "move", "free", "liberate", "flush");
    private static final Set<String> MOVING_NOUNS = Set.of("mobilisation", "mobilization");
    private static final Set<String> PURPOSE_NOUNS = Set.of("purpose", "use", "indication");
    /** How far before the purpose the approval may be: "is approved by the U.S. FDA for a different purpose:". */
    private static final int APPROVAL_REACH = 10;
    /** How many words the cells' name and its "mobilisation" may take: "haematopoietic stem cell mobilisation". */
    private static final int PURPOSE_WORDS = 5;

    private ApprovedPurposes() {
    }

    /** Whether token t opens a purpose: "for", or the colon after "purpose" or "use". */
    static boolean at(Sentence s, int t) {
        return s.lower(t).equals("for") && !s.lower(t - 1).equals("not")
                || s.lower(t).equals(":") && PURPOSE_NOUNS.contains(s.lower(t - 1));
    }

    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int approval = approvalBefore(s, t);
        if (approval >= 0 && deniedBefore(s, approval)) {
            return; // "is not approved for stem cell mobilisation" says nothing of what the drug does
        }
        int[] cellsAt = new int[2];
        Argument cells = approval < 0 ? null : movedCells(r, si, t, cellsAt);
        int[] drugAt = new int[] {approval, approval + 1};
        Argument drug = cells == null ? null : approvedDrug(r, si, approval, t, drugAt);
        if (drug == null) {
            return;
        }
        List<Argument> moved = r.withFollowingConjuncts(si, cells, cellsAt[1], RelationType.MOBILIZES.range());
        r.emit(RelationType.MOBILIZES, List.of(drug), moved, si, drugAt[0], drugAt[1], approval, approval + 1,
                "approved-purpose", 0.7, out);
    }

    private static final Set<String> DENIALS = Set.of("not", "n't", "never", "no", "yet");
    /** How far before the approval word its denial may be: "has not yet been approved". */
    private static final int DENIAL_REACH = 4;

    private static boolean deniedBefore(Sentence s, int approval) {
        for (int k = approval - 1; k >= Math.max(0, approval - DENIAL_REACH); k--) {
            if (DENIALS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The approval word within reach before token t, in the same clause; -1 if none. */
    private static int approvalBefore(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(0, t - APPROVAL_REACH); k--) {
            if (s.lower(k).equals(";") || s.lower(k).equals(".")) {
                return -1;
            }
            if (APPROVAL_LEMMAS.contains(s.token(k).lemma()) || APPROVAL_LEMMAS.contains(s.lower(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The cells the purpose after token t moves: "mobilizing stem cells", "moving stem cells out of", "stem cell
     * mobilisation", "the mobilisation of stem cells"; null where the purpose is another.
     */
    private static Argument movedCells(Reading r, int si, int t, int[] found) {
        Sentence s = r.sentence(si);
        int p = Reading.ARTICLES.contains(s.lower(t + 1)) ? t + 2 : t + 1;
        if (s.lower(p).endsWith("ing") && MOVING_VERBS.contains(s.token(p).lemma())) {
            return r.rightOf(si, p, 4, RelationType.MOBILIZES.range(), found, true);
        }
        for (int k = p; k < Math.min(s.size(), p + PURPOSE_WORDS); k++) {
            if (s.token(k).isPunctuation()) {
                return null;
            }
            if (!MOVING_NOUNS.contains(s.lower(k))) {
                continue;
            }
            Mention before = r.endingAt(si, k - 1);
            if (before != null) {
                found[0] = before.from();
                found[1] = before.to();
                return r.argument(before, RelationType.MOBILIZES.range());
            }
            return s.lower(k + 1).equals("of") ? r.rightOf(si, k + 1, 3, RelationType.MOBILIZES.range(), found) : null;
        }
        return null;
    }

    private static final Set<EntityType> DRUGS = Set.of(EntityType.DRUG);

    /**
     * The drug approved: the object of an active approval ("FDA approves motixafortide for"), the subject of a passive
     * one ("Motixafortide is approved by the FDA for"), the name an apposed phrase describes, or, where the approval
     * opens a clipped line ("Licensed only for ..."), the drug the text is about.
     */
    private static Argument approvedDrug(Reading r, int si, int approval, int t, int[] found) {
        Sentence s = r.sentence(si);
        Argument drug = t - approval > 1 ? r.rightOf(si, approval, t - approval - 1, DRUGS, found) : null;
        drug = drug != null ? drug : r.leftOf(si, approval, 8, DRUGS, found, true);
        // "plerixafor, a CXCR4 antagonist approved for": the drug the phrase describes, past the target it names
        drug = drug != null || approval < 1 ? drug : r.apposedName(si, approval - 1, DRUGS, found);
        if (drug == null && approval == 0) {
            drug = r.topicDrugs().subjectOfHeadless(s, si, approval, DRUGS);
        }
        return drug;
    }
}
