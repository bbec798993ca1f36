package org.litkg.document;

import java.util.Locale;
import java.util.Set;

/**
 * A name written in capitals or in lower case, as databases store them, put in the case names are printed in: each
 * word capitalised but the small ones inside ("JOURNAL FOR IMMUNOTHERAPY OF CANCER", "Journal of clinical oncology",
 * "UNIVERSITY OF PITTSBURGH AT PITTSBURGH", a card's "OSEI-VANTERPOOL", each part of a hyphenated word capitalised).
 * Words with capitals of their own ("McGill", "MD") keep them.
 */
public final class NameCase {

    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "in", "for", "on", "a", "an", "to", "at",
            "with", "de", "la", "du", "des", "der", "und", "et", "y");

    private NameCase() {
    }

    /** The name with its lower-case words capitalised, after lowering a name that has no small letter at all. */
    public static String titled(String name) {
        String flat = name.replaceAll("\\s+", " ").strip();
        flat = flat.chars().anyMatch(Character::isLowerCase) ? flat : flat.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : flat.split(" ")) {
            boolean lower = !word.isEmpty() && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
            boolean capitalise = lower && Character.isLetter(word.charAt(0)) && (out.isEmpty() || !SMALL_WORDS.contains(word));
            String written = capitalise ? capitalised(word) : word;
            out.append(out.isEmpty() ? "" : " ").append(written);
        }
        return out.toString();
    }

    /** The word with its first letter, and the first letter after each hyphen, in capitals: "Osei-Vanterpool". */
    private static String capitalised(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }
}
