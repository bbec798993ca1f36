package org.litkg.extraction;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.litkg.analysis.Inflections;
import org.litkg.analysis.Sentence;

/**
 * A search that found nothing: "her team also looked for CCR2 on the T cells and did not find it". What was looked for
 * is named as if it were there, and only the end of the clause says it was not.
 */
final class FruitlessSearches {

    /** Verbs before "for" that search for what follows: "looked for", "searched for", "tested for". */
    private static final Set<String> SEARCHING = Stream.of("look", "search", "check", "test", "screen", "probe", "hunt")
            .flatMap(v -> Inflections.verbForms(v).stream()).collect(Collectors.toSet());
    /** Verbs of finding, which "not" before them or "no" after them makes fruitless. */
    private static final Set<String> FINDING = Set.of("find", "found", "detect", "detected", "see", "saw", "spot");
    private static final Set<String> DENIALS = Set.of("not", "n't", "never");
    private static final Set<String> NOTHING = Set.of("no", "none", "nothing", "neither");
    /** How far after what was looked for the finding verb may stand. */
    private static final int REACH = 14;

    private FruitlessSearches() {
    }

    /** Whether the first argument at {@code argStart} to {@code argEnd} is what a search that found nothing looked for. */
    static boolean nothingFound(Sentence s, int argStart, int argEnd) {
        int pointer = s.lower(argStart - 1).equals("the") ? argStart - 2 : argStart - 1;
        if (!s.lower(pointer).equals("for") || !SEARCHING.contains(s.lower(pointer - 1))) {
            return false;
        }
        for (int k = argEnd; k < Math.min(s.size() - 1, argEnd + REACH); k++) {
            String w = s.lower(k);
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (FINDING.contains(w) && (DENIALS.contains(s.lower(k - 1)) || NOTHING.contains(s.lower(k + 1)))) {
                return true; // "and did not find it", "and found none"
            }
        }
        return false;
    }
}
