package org.litkg.extraction;

import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "In chronic pancreatitis, an enzyme in the gland called trypsin ... releases bradykinin": a disease named in
 * a phrase the sentence opens with is the clause's setting, not its doer, where the clause describes its own subject of
 * another kind. "In the tumour, a few cells make IL-34" still gives the tumour, whose cells they are.
 */
final class FrontedContexts {

    private FrontedContexts() {
    }

    /** Whether the mention passed is a description of the clause's own subject that no disease can be ("an enzyme"). */
    static boolean ownSubject(Mention m, Argument found) {
        return m != null && m.anaphoric() && found == null && m.type().kind() != EntityType.Kind.CELL_TYPE
                && m.type().kind() != EntityType.Kind.DISEASE;
    }

    /** Whether the argument found past an opening phrase's comma, after such a description, is only its setting. */
    static boolean isSetting(boolean pastOpening, boolean ownSubject, Argument found) {
        return pastOpening && ownSubject && found.node().type().kind() == EntityType.Kind.DISEASE;
    }
}
