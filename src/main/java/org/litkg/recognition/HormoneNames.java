package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Peptide hormones named for what they stimulate or release: "alpha-melanocyte-stimulating hormone",
 * "thyroid-stimulating hormone", "gonadotropin-releasing hormone". The tokenizer cuts them at the last hyphen.
 */
final class HormoneNames {

    /** Participles that, after a hyphen, make "X-…ing hormone" one name. */
    private static final Set<String> PARTICIPLES = Set.of("stimulating", "releasing", "inhibiting", "concentrating");

    private HormoneNames() {
    }

    /** The name ending with "hormone" at token i, as "thyroid" "-" "stimulating" "hormone". */
    static void recognize(Sentence s, int i, List<Mention> out) {
        String w = s.lower(i);
        if (i < 3 || !w.equals("hormone") && !w.equals("hormones") || !PARTICIPLES.contains(s.lower(i - 1))
                || !s.lower(i - 2).equals("-") || !s.writtenTogether(i - 3, i - 1)) {
            return;
        }
        out.add(MentionRecognizer.mention(s, i - 3, i + 1, EntityType.PROTEIN, s.textOf(i - 3, i + 1), null, 0.7,
                "phrase-protein", false));
    }
}
