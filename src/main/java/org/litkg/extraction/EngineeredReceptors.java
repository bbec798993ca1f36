package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.litkg.recognition.EntityType;

/**
 * The receptor a cell therapy's cells are given: "T cells engineered to carry a T-cell receptor that binds MAGE-A4",
 * "a chimeric antigen receptor that binds CD19". What that receptor binds, the therapy binds, as the sets' gold says of
 * afami-cel and obe-cel: the receptor is the drug's part, not a protein of the patient's.
 */
final class EngineeredReceptors {

    private static final Pattern ENGINEERED = Pattern.compile(
            "(?i)(the |a |an |new |engineered )*(t-cell receptor|tcr|chimeric antigen receptor|car)s?");

    private EngineeredReceptors() {
    }

    /** The subjects of a binding, each engineered receptor among them standing for the drug named last before it. */
    static List<Argument> asTherapy(int si, int before, List<Argument> subjects, Coreference coreference) {
        List<Argument> out = new ArrayList<>(subjects.size());
        for (Argument subject : subjects) {
            Node.EntityNode therapy = subject.node().type() == EntityType.RECEPTOR && ENGINEERED.matcher(subject.text()).matches()
                    ? coreference.nearestBefore(si, before, EnumSet.of(EntityType.DRUG), null) : null;
            out.add(therapy == null ? subject : new Argument(therapy, subject.span(), subject.text(), true));
        }
        return out;
    }
}
