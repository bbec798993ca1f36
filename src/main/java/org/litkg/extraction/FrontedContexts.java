package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;

/**
 * "In chronic pancreatitis, an enzyme in the gland called trypsin ... releases bradykinin": a disease named in
 * a phrase the sentence opens with is the clause's setting, not its doer, where the clause describes its own subject of
 * another kind. "In the tumour, a few cells make IL-34" still gives the tumour, whose cells they are.
 */
final class FrontedContexts {

    private FrontedContexts() {
    }

    /**
     * Whether the mention passed is the clause's own subject, of a type that cannot act so and that no disease can be:
     * a description ("an enzyme") or a name ("the blood enzyme plasma kallikrein runs out of control and releases").
     */
    static boolean ownSubject(Mention m, Argument found) {
        return m != null && found == null && m.type().kind() != EntityType.Kind.CELL_TYPE
                && m.type().kind() != EntityType.Kind.DISEASE;
    }

    /** Prepositions of a setting the sentence opens with, comma or none: "In HAE the enzyme ...". */
    private static final java.util.Set<String> SETTING_PREPOSITIONS = java.util.Set.of("in", "within", "among", "across");

    /**
     * Whether the disease found at k, after such a description, stands in a phrase the sentence opens with, whose comma
     * lies between it and the verb at {@code before}: only its setting. Checked only when such a disease is found, so
     * the subject search itself does not scan for opening phrases.
     */
    static boolean isSetting(Sentence s, int k, int before, Argument found) {
        if (found.node().type().kind() != EntityType.Kind.DISEASE) {
            return false;
        }
        int opening = s.lower(1).equals("the") ? 2 : 1;
        if (SETTING_PREPOSITIONS.contains(s.lower(0)) && s.tokenStartingAt(found.span().start()) == opening) {
            return true; // "In HAE the blood enzyme plasma kallikrein ... releases bradykinin"
        }
        for (int comma = k + 1; comma < before; comma++) {
            if (s.lower(comma).equals(",") && FrontedPhrases.closesOpeningPhrase(s, comma)) {
                return true;
            }
        }
        return false;
    }
}
