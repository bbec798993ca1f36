package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * A passive's agent right before a second verb is not that verb's subject: in "IL-8 is secreted by tumour cells and
 * recruits neutrophils" the chemokine recruits, not the cells ({@link SharedSubjects#pastClausesOfOthers}).
 */
final class PassiveAgents {

    private PassiveAgents() {
    }

    /**
     * "IL-8 is secreted by tumour cells and recruits neutrophils": the name right before "and V" is a passive's agent,
     * and the passive's subject is the second verb's too; returned where its type may act, else null.
     */
    static Argument pastAgent(Reading r, int si, int t, Argument agent, Set<EntityType> agentTypes, int[] left) {
        Sentence s = r.sentence(si);
        int participle = left[0] - 2;
        int end = ProteinNominals.isCellsNoun(s.lower(left[1])) ? left[1] + 1 : left[1]; // "by melanoma cells and"
        if (!s.lower(t - 1).equals("and") || end != t - 1 || !s.lower(left[0] - 1).equals("by")
                || !VerbForms.beBefore(s, participle)) {
            return agent;
        }
        int[] at = new int[2];
        Argument subject = r.leftOf(si, participle, VerbPatterns.LEFT_WINDOW, agentTypes, at);
        if (subject != null) {
            left[0] = at[0];
            left[1] = at[1];
        }
        return subject;
    }
}
