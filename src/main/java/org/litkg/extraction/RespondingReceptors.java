package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * "CCR1 responds to CCL5", "CCR1, which also responds to CCL5": a receptor that responds to a ligand binds it. Cells,
 * tumours and patients respond too ("tumours respond to PD-1 blockade", "neurons lacking OSMRβ barely respond to the
 * cytokine"), so only a receptor named as the verb's own subject, with nothing but a relative pronoun and adverbs
 * between, is read so.
 */
final class RespondingReceptors {

    private RespondingReceptors() {
    }

    /** What may stand between the receptor and "responds": "CCR1, which also responds", "CCR1 strongly responds". */
    private static final Set<String> BETWEEN = Set.of(",", "which", "that", "also", "only", "strongly", "mainly",
            "chiefly", "readily", "does", "do", "not");

    /** Whether the verb at t is "respond" and the agent found is not a receptor that is its own subject. */
    static boolean notTheReceptor(Reading r, int si, Trigger sense, int t, Argument agent, int[] agentAt) {
        if (!sense.lemma().equals("respond")) {
            return false;
        }
        if (agent == null || agent.reference() || agent.node().type() != EntityType.RECEPTOR) {
            return true;
        }
        Sentence s = r.sentence(si);
        for (int k = agentAt[1]; k < t; k++) {
            if (!BETWEEN.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
