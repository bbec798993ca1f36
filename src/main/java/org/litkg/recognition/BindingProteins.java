package org.litkg.recognition;

import java.util.List;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * Proteins named for what they bind, in words apart: "the parasite's Duffy binding protein", "CREB binding protein 2".
 * The word before "binding" must be a name (capitalised, or a symbol), so "a binding protein" and "its binding
 * protein" name nothing; a hyphened name ("penicillin-binding proteins") is one word other recognisers read.
 */
final class BindingProteins {

    /** A number after the name: "CREB binding protein 2". */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private BindingProteins() {
    }

    /** Adds the protein whose "binding" is token i, if the words around it name one. */
    static void recognize(Sentence s, int i, Cues cues, List<Mention> out) {
        boolean protein = s.lower(i + 1).equals("protein") || s.lower(i + 1).equals("proteins");
        String before = i < 1 ? "" : s.token(i - 1).text();
        boolean name = before.length() > 1 && Character.isUpperCase(before.charAt(0))
                && !cues.is(Cues.Category.NOT_A_NAME, before); // "Duffy", "CREB"; not "The" or "This"
        if (!s.lower(i).equals("binding") || !protein || !name) {
            return; // "penicillin-binding proteins", one word before "proteins", other recognisers read
        }
        int to = NUMBER.matcher(s.lower(i + 2)).matches() ? i + 3 : i + 2;
        out.add(MentionRecognizer.mention(s, i - 1, to, EntityType.PROTEIN, s.textOf(i - 1, to), null, 0.75,
                "phrase-binding-protein", false));
    }
}
