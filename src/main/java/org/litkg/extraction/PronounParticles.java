package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.recognition.EntityType;

/**
 * A particle verb split by a pronoun, the way a ligand trap is described: "an antibody that binds CCL2 and soaks it up",
 * "binds interleukin-17A and mops it up". The pronoun is the object, and the doer is the subject of the verb before
 * "and", not the name that verb took as its object.
 */
final class PronounParticles {

    /** Verbs whose object a pronoun after "and" takes up again: "binds X and soaks it up". */
    private static final Set<String> FIRST_VERBS = Set.of("bind", "grab", "catch", "capture", "trap", "neutralize",
            "neutralise", "recognize", "recognise", "target", "attach", "latch");

    private PronounParticles() {
    }

    static void read(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes, Set<EntityType> patientTypes,
                     List<Statement> out) {
        Argument patient = r.pronoun(si, t + 1, patientTypes);
        int[] left = new int[2];
        Argument agent = patient == null ? null : r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, agentTypes, left);
        agent = agent == null ? null : SharedSubjects.subjectOfFirstVerb(r, si, t, agent, agentTypes, left,
                FIRST_VERBS::contains);
        if (agent == null || agent.node().equals(patient.node())) {
            return; // "CCL2 ... and soaks it up" read with no other doer: nothing soaks itself up
        }
        List<Argument> subjects = sense.inverse() ? List.of(patient) : List.of(agent);
        List<Argument> objects = sense.inverse() ? List.of(agent) : List.of(patient);
        r.emit(sense.relation(), subjects, objects, si, left[0], left[1], t, t + 3, "verb-particle", 0.8, out);
    }
}
