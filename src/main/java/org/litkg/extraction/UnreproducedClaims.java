package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "The notice says that the finding that TRM-77 blocks CCR2 could not be reproduced": a claim held in a noun's
 * "that"-clause and denied by the verb after it, as a retraction notice or a critic words it. The claim is denied as
 * "could not confirm that X blocks Y" is.
 */
final class UnreproducedClaims {

    private UnreproducedClaims() {
    }

    /** Nouns for a claim whose "that"-clause a later "could not be reproduced" denies. */
    private static final Set<String> CLAIM_NOUNS = Set.of("finding", "claim", "conclusion", "result", "observation",
            "report", "idea");
    /** Every form of the verbs that would establish a claim, as the lemmatizer leaves some ("reproduced") as they are. */
    private static final Set<String> ESTABLISHING_FORMS = Modality.ESTABLISHING.stream()
            .flatMap(v -> org.litkg.analysis.Inflections.verbForms(v).stream()).collect(java.util.stream.Collectors.toSet());
    /** How far after the claim's "that" its denial may come. */
    private static final int CLAIM_CLAUSE_REACH = 14;

    /** "... could not be reproduced", "was never confirmed": a denied establishing verb after token k, in its sentence. */
    private static boolean unestablishedAfter(Sentence s, int k) {
        for (int j = k; j < Math.min(s.size() - 1, k + CLAIM_CLAUSE_REACH); j++) {
            if (s.lower(j).equals(";") || s.lower(j).equals(".")) {
                return false;
            }
            boolean not = s.lower(j).equals("not") || s.lower(j).equals("n't") || s.lower(j).equals("never");
            int verb = s.lower(j + 1).equals("be") || s.lower(j + 1).equals("been") ? j + 2 : j + 1;
            if (not && verb < s.size() && ESTABLISHING_FORMS.contains(s.lower(verb))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "that" at k follows a claim noun, perhaps with where it was made between ("The claim in the
     * discussion that"), and the clause after it is said not to have been established.
     */
    static boolean denied(Sentence s, int that) {
        return that >= 1 && claimNounBefore(s, that) && unestablishedAfter(s, that + 1);
    }

    /** How many words may stand between a claim noun and its "that": "in the discussion", "of the authors". */
    private static final int PLACE_WORDS = 3;
    private static final Set<String> PLACE_LINKS = Set.of("in", "of", "from", "by");

    private static boolean claimNounBefore(Sentence s, int that) {
        if (CLAIM_NOUNS.contains(s.lower(that - 1))) {
            return true;
        }
        for (int k = that - 2; k >= Math.max(1, that - 1 - PLACE_WORDS); k--) {
            if (PLACE_LINKS.contains(s.lower(k))) {
                return CLAIM_NOUNS.contains(s.lower(k - 1));
            }
        }
        return false;
    }
}
