package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/**
 * A definition under its headword names the headword's class first: a spelling bee's "Word: eosinophil" over
 * "Definition: a white blood cell that carries CCR3" says the eosinophil carries CCR3, not every white blood cell.
 * The class named right after the definition's label and its article stands for the headword, where the headword
 * line names one thing of the same kind and nothing else.
 */
final class DefinedHeadwords {

    /** The labels of a definition's line: "Definition:", "Meaning:". */
    private static final Set<String> DEFINITION_LABELS = Set.of("definition", "meaning", "definitions");
    /** How many tokens a headword's or a definition's label takes: "Word:", "Spelling word:". */
    private static final int LABEL_TOKENS = 2;

    private DefinedHeadwords() {
    }

    /**
     * The first token after a short label's colon ("Word: plerixafor"), or 0. The colon is looked for as written, since
     * a glossary's colon reads as "is" (GlossaryColons).
     */
    static int afterLabel(Sentence s) {
        return s.afterWrittenColon(0, LABEL_TOKENS);
    }

    /** The headword the mention m stands for, or m itself. */
    static Mention headwordOrSelf(Reading r, Mention m) {
        Sentence s = r.sentence(m.sentence());
        int colon = s.labelColon(LABEL_TOKENS);
        boolean opensDefinition = colon > 0 && DEFINITION_LABELS.contains(s.lower(colon - 1)) && !m.anaphoric()
                && (s.lower(colon + 1).equals("a") || s.lower(colon + 1).equals("an")) && m.from() == colon + 2;
        if (!opensDefinition || m.sentence() == 0) {
            return m;
        }
        Sentence above = r.sentence(m.sentence() - 1);
        List<Mention> named = r.doc.mentions().get(m.sentence() - 1);
        int start = afterLabel(above); // "Word: eosinophil", or the headword alone
        boolean alone = named.size() == 1 && named.get(0).from() == start && named.get(0).to() == above.size();
        Mention headword = alone ? named.get(0) : null;
        return headword != null && !headword.anaphoric() && headword.type().kind() == m.type().kind() ? headword : m;
    }
}
