package org.litkg.extraction;

import java.util.Set;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "CCR9, which T cells switch on when they are primed": a particle verb with nothing after its particle but the
 * clause's end takes the relative clause's antecedent as its object, as "which T cells carry" does.
 */
final class ParticleRelatives {

    private ParticleRelatives() {
    }

    /** What may follow a particle that has no object after it: the clause's end, or a clause or phrase of its own. */
    private static final Set<String> AFTER_BARE_PARTICLE = Set.of("", ".", ",", ";", "and", "or", "but", "when",
            "while", "as", "after", "before", "once", "if", "because", "in", "at", "during", "only");

    /**
     * The antecedent of the object relative clause whose subject starts at {@code subjectStart}, when the particle at
     * {@code particle} has no object of its own; its span goes into {@code found}. Else null.
     */
    static Argument object(Reading r, int si, int subjectStart, int particle, Set<EntityType> subjectTypes,
                           Set<EntityType> objectTypes, int[] found) {
        if (!AFTER_BARE_PARTICLE.contains(r.sentence(si).lower(particle + 1))) {
            return null;
        }
        Mention antecedent = SubjectSearch.relativeObject(r, si, subjectStart, subjectTypes);
        Argument object = antecedent == null ? null : r.argument(antecedent, objectTypes);
        if (object != null) {
            found[0] = antecedent.from();
            found[1] = antecedent.to();
        }
        return object;
    }
}
