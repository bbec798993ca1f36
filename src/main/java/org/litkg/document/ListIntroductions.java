package org.litkg.document;

/**
 * A line ending in a colon that is a sentence opening the list under it: a safety letter's "X, in agreement with the
 * European Medicines Agency, would like to inform you of the following:", read as prose, unlike a heading ("Key
 * points:").
 */
final class ListIntroductions {

    /** How many words, and lowercase words, a line ending in a colon needs to be a sentence opening a list. */
    private static final int MIN_INTRO_WORDS = 8;
    private static final int MIN_INTRO_LOWERCASE_WORDS = 5;

    private ListIntroductions() {
    }

    /** Whether the line, ending in a colon, has the words of a sentence rather than a heading's. */
    static boolean introducesList(String body) {
        if (!body.endsWith(":")) {
            return false;
        }
        String[] words = body.split("\\s+");
        long lowercase = java.util.Arrays.stream(words).filter(w -> w.matches("\\p{Ll}+[,:]?")).count();
        return words.length >= MIN_INTRO_WORDS && lowercase >= MIN_INTRO_LOWERCASE_WORDS;
    }
}
