package org.litkg.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Proteins a writer defines by their short form: "cholesteryl ester transfer protein (CETP)", "bone morphogenetic
 * protein (BMP)". A lower-case phrase that ends in a protein noun and whose words' initials spell the capitals in
 * brackets right after it is a protein's full name, whatever its words; the brackets make the short form its alias.
 */
final class DefinedNameRecognizer implements MentionRecognizer {

    /** Nouns that end a protein's full name; receptors, enzymes and carriers have their own recogniser. */
    private static final Set<String> HEADS = Set.of("protein", "factor", "peptide", "ligand", "antigen", "molecule");
    private static final Pattern SHORT_FORM = Pattern.compile("[A-Z]{3,6}\\d?");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int head = 2; head + 3 < s.size(); head++) {
            if (!HEADS.contains(s.lower(head)) || !s.lower(head + 1).equals("(") || !s.lower(head + 3).equals(")")) {
                continue;
            }
            String shortForm = s.token(head + 2).text();
            if (!SHORT_FORM.matcher(shortForm).matches()) {
                continue;
            }
            String letters = shortForm.replaceAll("\\d", "").toLowerCase(Locale.ROOT);
            int from = head - letters.length() + 1;
            if (from >= 0 && spellsInitials(s, from, head, letters)) {
                out.add(MentionRecognizer.mention(s, from, head + 1, EntityType.PROTEIN, s.textOf(from, head + 1), null, 0.75,
                        "defined-protein", false));
            }
        }
    }

    /** Whether the words [from, head] are lower-case words whose first letters are {@code letters}, in order. */
    private static boolean spellsInitials(Sentence s, int from, int head, String letters) {
        for (int k = from; k <= head; k++) {
            Token t = s.token(k);
            if (!WORD.matcher(t.text()).matches() || t.text().charAt(0) != letters.charAt(k - from)) {
                return false;
            }
        }
        return true;
    }
}
