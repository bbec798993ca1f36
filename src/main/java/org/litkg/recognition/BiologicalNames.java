package org.litkg.recognition;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Biologicals' names of two words, which no single word's shape shows: a protein's INN and its form word ("epoetin
 * alfa", "avacincaptad pegol"), a gene or cell therapy's INN ("obecabtagene autoleucel", "onasemnogene abeparvovec"),
 * and a cell therapy's short name ("obe-cel").
 */
final class BiologicalNames {

    /** Second words of biologicals' names: "epoetin alfa", "avacincaptad pegol". */
    private static final Set<String> SECOND_WORDS = Set.of("alfa", "pegol");
    /** A cell therapy's short name, its INN's first syllables and "-cel": "obe-cel", "axi-cel", "lete-cel". */
    private static final Pattern CELL_THERAPY_SHORT_NAME = Pattern.compile("[A-Za-z][a-z]{1,6}-cel");
    /** A gene or cell therapy's two-word INN: a "-gene" word, then the cells' "-leucel" or the vector's "-vec". */
    private static final Pattern THERAPY_SECOND_WORD = Pattern.compile("[a-z]{2,}(leucel|vec)");

    private BiologicalNames() {
    }

    /** A biological's INN without its form word: "nemvaleukin" for "nemvaleukin alfa"; empty for any other name. */
    static java.util.Optional<String> withoutFormWord(String name) {
        String[] words = name.strip().split("\\s+");
        boolean formed = words.length == 2 && SECOND_WORDS.contains(words[1].toLowerCase(java.util.Locale.ROOT))
                && words[0].length() >= 6 && words[0].chars().allMatch(Character::isLetter);
        return formed ? java.util.Optional.of(words[0]) : java.util.Optional.empty();
    }

    static boolean isCellTherapyShortName(String word) {
        return CELL_THERAPY_SHORT_NAME.matcher(word).matches();
    }

    /**
     * The end of a biological's name written with "alfa" (the INN spelling for a protein made in a few forms) or
     * "pegol": "bintrafusp alfa", "avacincaptad pegol", "nogapendekin alfa inbakicept" (an INN-stemmed word after it
     * belongs to the name), or of a gene or cell therapy's two-word INN; -1 where the token at i opens no such name.
     */
    static int end(Sentence s, int i, Predicate<Token> isInn) {
        Token t = s.token(i);
        if (t.lower().length() > 6 && t.lower().endsWith("gene") && THERAPY_SECOND_WORD.matcher(s.lower(i + 1)).matches()) {
            return i + 2; // "obecabtagene autoleucel", "onasemnogene abeparvovec"
        }
        // "olaptesed pegol": no English word stands before "pegol", though one may end like a past tense
        if (!SECOND_WORDS.contains(s.lower(i + 1)) || t.lower().length() < 5 || !t.lower().chars().allMatch(Character::isLetter)
                || CoinedWords.looksEnglish(t.lower()) && !s.lower(i + 1).equals("pegol")) {
            return -1;
        }
        return i + 2 < s.size() && isInn.test(s.token(i + 2)) ? i + 3 : i + 2;
    }
}
