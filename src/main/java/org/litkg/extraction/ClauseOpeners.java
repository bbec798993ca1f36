package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Words that open a clause of its own, whose verb's subject never stands before them: "that" after a verb of showing
 * or saying ("Zymography showed that DMBT inhibited MMP-9": not gelatin's doing), and "because", "although", "though",
 * "whereas", "unless" ("was tried and failed, perhaps because the liver made more CCL2": not the drug's).
 */
final class ClauseOpeners {

    private static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "whereas", "unless");

    private ClauseOpeners() {
    }

    /** Whether the token at k opens a clause of its own. */
    static boolean opensOwnClause(Sentence s, int k) {
        return SUBORDINATORS.contains(s.lower(k)) || s.lower(k).equals("that") && k > 0
                && (Modality.REPORTING.contains(s.lower(k - 1)) || LeaderCues.FINDING_VERBS.contains(s.token(k - 1).lemma()));
    }
}
