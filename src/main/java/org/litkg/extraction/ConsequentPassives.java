package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * A passive that names no agent but says it follows from the clause before: "mavorixafor blocks CXCR4, and the
 * neutrophils are thereby set free", "plerixafor blocks CXCR4, so the stem cells are freed". Whoever did the earlier
 * thing in the same sentence does this one too, where it is of a type that can.
 */
final class ConsequentPassives {

    /** Adverbs that make a clause the outcome of the one before it (and stand between "be" and its participle). */
    static final Set<String> OUTCOME_ADVERBS = Set.of("thereby", "thus", "hence", "therefore");

    private ConsequentPassives() {
    }

    /** Reads the agentless passive at t, its patient found at {@code left}, as the outcome; whether it did. */
    static boolean read(Reading r, int si, int t, Trigger sense, Argument patient, int[] left, List<Statement> out) {
        RelationType rel = sense.relation();
        Argument agent = agent(r, si, left[0], left[1], t, sense.inverse() ? rel.range() : rel.domain(), out);
        if (agent == null) {
            return false;
        }
        List<Argument> patients = r.withPrecedingConjuncts(si, patient, left[0], sense.inverse() ? rel.domain()
                : rel.range());
        VerbPatterns.emitAll(r, sense, List.of(agent), patients, si, left, t, "verb-outcome", CONFIDENCE, out);
        return true;
    }

    /** Lower than a named agent's: the agent is inferred from the clause before. */
    private static final double CONFIDENCE = 0.75;

    /**
     * The agent of the passive verb at t whose patient ends at {@code patientEnd} and starts at {@code patientStart}:
     * the subject of the sentence's latest statement read before it whose subject could do this too, if an outcome
     * word marks the clause and that statement is not denied.
     */
    private static Argument agent(Reading r, int si, int patientStart, int patientEnd, int t,
                                  Set<EntityType> agentTypes, List<Statement> out) {
        if (!marksOutcome(r.sentence(si), patientStart, patientEnd, t)) {
            return null;
        }
        int triggerStart = r.sentence(si).token(t).span().start();
        return ToldBefore.subject(out, si, triggerStart, false, x -> agentTypes.contains(x.subject().type()));
    }

    private static boolean marksOutcome(Sentence s, int patientStart, int patientEnd, int t) {
        int before = Reading.ARTICLES.contains(s.lower(patientStart - 1)) ? patientStart - 2 : patientStart - 1;
        if (s.lower(before).equals("so") || OUTCOME_ADVERBS.contains(s.lower(t + 1))) {
            return true; // "so the stem cells are freed", "the cells are freed thereby"
        }
        for (int k = patientEnd; k < t; k++) {
            if (OUTCOME_ADVERBS.contains(s.lower(k))) {
                return true; // "the neutrophils held in the marrow are thereby set free"
            }
        }
        return false;
    }
}
