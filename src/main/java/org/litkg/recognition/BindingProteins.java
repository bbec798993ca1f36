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
    static void recognize(Sentence s, int i, List<Mention> out) {
        boolean protein = s.lower(i + 1).equals("protein") || s.lower(i + 1).equals("proteins");
        if (!s.lower(i).equals("binding") || !protein || i < 1 || !isName(s.token(i - 1).text())) {
            return; // "penicillin-binding proteins", one word before "proteins", other recognisers read
        }
        int to = NUMBER.matcher(s.lower(i + 2)).matches() ? i + 3 : i + 2;
        out.add(MentionRecognizer.mention(s, i - 1, to, EntityType.PROTEIN, s.textOf(i - 1, to), null, 0.75,
                "phrase-binding-protein", false));
    }

    /** A name's word: capitalised but for its first letter's case ("Duffy"), or a symbol with a capital ("CREB"). */
    private static boolean isName(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("The") && !w.equals("A")
                && !w.equals("This") && !w.equals("Its");
    }
}
