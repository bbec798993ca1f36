package org.litkg.recognition;

import org.litkg.analysis.Sentence;

/**
 * "A new centre for antibiotic research in Leeds": one capitalised word no list holds, after "research in" or "work
 * in", is the place the work is done, not a journal the work appeared in, unless it is shaped like a one-word title
 * ("Haematologica", "Hepatology").
 */
final class ResearchPlaces {

    private ResearchPlaces() {
    }

    /** Nouns of work that a place follows as often as a journal: "research in Leeds", "work in Uganda". */
    private static final java.util.Set<String> PLACED_WORK = java.util.Set.of("research", "work");
    /** Endings of one-word journal titles: "Haematologica", "Hepatology", "Therapeutics", "Medicine". */
    private static final java.util.regex.Pattern JOURNAL_WORD = java.util.regex.Pattern.compile(
            ".*(ology|ologica|ica|ics|ine|ia)");

    /** Whether the one word at [from, end) is the place of the work named before "in". */
    static boolean placeOfResearch(Sentence s, int from, int end) {
        return end - from == 1 && s.lower(from - 1).equals("in") && PLACED_WORK.contains(s.lower(from - 2))
                && !JOURNAL_WORD.matcher(s.lower(from)).matches();
    }
}
