package org.litkg.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which names from a vocabulary are worth matching in running text. */
final class VocabularyNames {

    /** Longer names are descriptions ("[Leu1, Thr2]-63-desulfohirudin"), not what writers write. */
    private static final int MAX_CHARS = 60;
    private static final int MAX_WORDS = 7;
    /**
     * Fewer letters and digits than this, once brackets and signs are set aside, make a word of text rather than a name:
     * helium's "[He]" would read every sentence's "He", and "Li(+)" or "C-1" are as short.
     */
    private static final int MIN_WORD_CHARS = 3;

    private VocabularyNames() {
    }

    /** The usable names, in order, without duplicates. */
    static List<String> usable(List<String> names, Set<String> stop) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : names) {
            String n = raw.strip();
            if (n.length() >= 3 && n.length() <= MAX_CHARS && n.split("\\s+").length <= MAX_WORDS
                    && n.chars().noneMatch(c -> c == '\t' || c == '|' || c == '\n')
                    && n.chars().anyMatch(Character::isLetter)
                    && n.chars().filter(Character::isLetterOrDigit).count() >= MIN_WORD_CHARS
                    && !stop.contains(n.toLowerCase(java.util.Locale.ROOT))) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** Splits a field on a separator, dropping quotes and blanks. */
    static List<String> split(String field, String separatorRegex) {
        List<String> out = new ArrayList<>();
        for (String s : field.replace("\"", "").split(separatorRegex)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
