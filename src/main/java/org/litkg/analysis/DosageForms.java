package org.litkg.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Medicines named by their form and where they go: "an eye drop that blocks LFA-1", "a nasal spray". The tagger
 * reads "drop" and "spray" after such a word as verbs ("eye/NOUN drop/VERB"), which would leave the relative clause
 * after them without its head; here they are nouns.
 */
final class DosageForms {

    /** Where a dosage form goes: "eye", "ear", "nasal", "nose". */
    private static final Set<String> SITES = Set.of("eye", "ear", "nasal", "nose");
    private static final Set<String> FORMS = Set.of("drop", "drops", "spray", "sprays");

    private DosageForms() {
    }

    /** The tokens, with a dosage form after its site tagged as the noun it is. */
    static List<Token> asNouns(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (FORMS.contains(t.lower()) && SITES.contains(tokens.get(i - 1).lower()) && !t.pos().equals("NOUN")) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(i, new Token(t.text(), t.lower(), t.span(), "NOUN", t.lemma()));
            }
        }
        return out == null ? tokens : out;
    }
}
