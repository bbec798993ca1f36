package org.litkg.extraction;

import java.util.EnumSet;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * What a drug marks "for destruction": the receptor it marks ("marks the receptor for destruction"), or what it bound
 * where "it" stands for that ("binds it and marks it for destruction"); not cells ("marks the cancer cells for
 * destruction" dooms cells, not what the drug attached to).
 */
final class DoomedObjects {

    /** The nouns after "for" that doom what is marked: "marks it for destruction". */
    static final Set<String> DOOMS = Set.of("destruction", "degradation", "breakdown", "removal", "elimination");

    private DoomedObjects() {
    }

    /**
     * The argument the verb at t marks for what the preposition at prep introduces, else null; {@code bound} is what
     * the clause named before the verb. "Attaches to CCR4 on the cancerous T cells and marks them for destruction":
     * "them" is no one receptor; nor in "binds CCR4, a receptor found on the malignant T cells. Once attached, it marks
     * them for destruction", where the cells are the plural named last.
     */
    static Argument object(Reading r, int si, int t, int prep, Argument bound, Set<EntityType> patientTypes,
            int[] second) {
        Sentence s = r.sentence(si);
        boolean them = s.lower(t + 1).equals("them");
        boolean pronoun = s.lower(t + 1).equals("it")
                || them && bound != null && r.withFollowingConjuncts(si, bound, second[1], patientTypes).size() > 1;
        Argument doomed = r.rightOf(si, t, prep - t - 1, patientTypes, second);
        if (doomed != null && them && doomed.reference() && otherNamedLast(r, si, t + 1, patientTypes)) {
            doomed = null;
        }
        return doomed != null ? doomed : pronoun ? bound : null;
    }

    /** Whether the entity named last before token k is of none of the types allowed: the cells "them" stands for. */
    private static boolean otherNamedLast(Reading r, int si, int k, Set<EntityType> allowed) {
        Argument nearest = r.namedBefore(si, k, k, EnumSet.allOf(EntityType.class));
        return nearest != null && !allowed.contains(nearest.node().type());
    }
}
