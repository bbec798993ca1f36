package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * A particle verb in the passive, its particle right after it: "it is pumped out by macrophages and dendritic cells"
 * has its agent after "by"; "the neutrophils are thereby set free" has the one the clause before names
 * (ConsequentPassives).
 */
final class ParticlePassives {

    private ParticlePassives() {
    }

    /** Reads the verb at t, its particle at {@code prep}, if it is a passive; whether it was one. */
    static boolean read(Reading r, int si, int t, int prep, Trigger sense, Set<EntityType> agentTypes,
                        Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (prep != t + 1 || !VerbForms.isParticiple(s.token(t)) || !VerbForms.beBefore(s, t)) {
            return false;
        }
        int[] first = new int[2];
        int[] second = new int[2];
        Argument patient = r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, patientTypes, second);
        if (!s.lower(prep + 1).equals("by")) {
            return patient != null && ConsequentPassives.read(r, si, t, sense, patient, second, out);
        }
        Argument agent = patient == null ? null : r.rightOf(si, prep + 1, VerbPatterns.RIGHT_WINDOW, agentTypes, first);
        if (agent != null) {
            List<Argument> agents = r.withFollowingConjuncts(si, agent, first[1], agentTypes);
            List<Argument> patients = List.of(patient);
            r.emit(sense.relation(), sense.inverse() ? patients : agents, sense.inverse() ? agents : patients,
                    si, first[0], first[1], t, t + 1, "verb-with", 0.85, out);
        }
        return true;
    }
}
