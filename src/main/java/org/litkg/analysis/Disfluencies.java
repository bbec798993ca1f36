package org.litkg.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.document.Span;

/**
 * Speech as an automatic transcript writes it: fillers ("came out in, uh, Cancer Discovery"), a word said twice ("the,
 * the macrophages", "in, in glioblastoma") and a false start ("what we - what we found"). The tokens of each are left
 * out of the sentence, which then reads as the speaker meant it; the tokens kept keep their places in the text.
 */
final class Disfluencies {

    /** Sounds that fill a pause. */
    private static final Set<String> FILLERS = Set.of("uh", "um", "erm", "uhm", "er", "ehm");
    /** Marks around a filler or between a word and its repeat. */
    private static final Set<String> PAUSES = Set.of(",", "-", "—", "–", "...", "…");
    private static final Set<String> ENDS = Set.of(".", "?", "!");
    /** Short words said twice with no pause once a filler between them is gone: "the, uh, the tumour cells". */
    private static final Set<String> DOUBLED = Set.of("the", "a", "an", "in", "of", "to", "on", "at", "and", "with");
    /** Words a speaker says twice across a pause: "the, the macrophages", "in, in glioblastoma", "we, we saw". */
    private static final Set<String> REPEATED_WORDS = Set.of("the", "a", "an", "in", "of", "to", "on", "at", "and",
            "with", "we", "they", "it", "i", "that", "this", "so", "but", "is", "was");
    /** How many words a false start may have before it is said again: "what we - what we found". */
    private static final int FALSE_START_WORDS = 3;

    private Disfluencies() {
    }

    /** The spans of the sentence's tokens without its fillers, doubled words and false starts. */
    static List<Span> fluent(String text, List<Span> spans) {
        List<String> words = spans.stream().map(s -> s.of(text)).toList();
        boolean[] fillers = fillers(words);
        List<Span> fluent = TokenRefiner.without(spans, fillers);
        List<String> fluentWords = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!fillers[i]) {
                fluentWords.add(words.get(i));
            }
        }
        return TokenRefiner.without(fluent, repeats(fluentWords));
    }

    /** "came out in, uh, Cancer Discovery": each filler, with the pauses around it, marked to drop. */
    private static boolean[] fillers(List<String> words) {
        boolean[] drop = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            boolean pausedBefore = i > 0 && PAUSES.contains(words.get(i - 1));
            boolean pausedAfter = i + 1 < words.size() && PAUSES.contains(words.get(i + 1));
            boolean ends = i + 1 == words.size() || ENDS.contains(words.get(i + 1)); // "..., uh."
            if (isFiller(words.get(i)) && (i == 0 || pausedBefore) && (ends || pausedAfter)) {
                drop[i] = true;
                // "in, uh, Cancer Discovery" reads "in Cancer Discovery"; "CCL2, uh, CCL7" keeps its list's comma
                boolean named = i > 1 && !Character.isLowerCase(words.get(i - 2).charAt(0));
                if (pausedAfter && (!pausedBefore || !named)) {
                    drop[i + 1] = true;
                }
                if (pausedBefore) {
                    drop[i - 1] = true;
                }
            }
        }
        return drop;
    }

    /** A filler as said, or opening a sentence ("Uh,"); not a symbol in capitals ("ER, PR and HER2"). */
    private static boolean isFiller(String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return FILLERS.contains(lower) && (w.equals(lower) || w.substring(1).equals(lower.substring(1)));
    }

    /** "the, the macrophages", "what we - what we found": the first saying and its pause, marked to drop. */
    private static boolean[] repeats(List<String> words) {
        boolean[] drop = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            int repeat = repeatedAfterPause(words, i);
            for (int k = i; repeat > 0 && k <= i + repeat; k++) {
                drop[k] = true;
            }
            drop[i] |= i + 1 < words.size() && DOUBLED.contains(words.get(i)) && words.get(i).equals(words.get(i + 1));
        }
        return drop;
    }

    /** The length n of lowercase words from i said again after a pause ("the, the", "what we - what we"), or 0. */
    private static int repeatedAfterPause(List<String> words, int i) {
        for (int n = 1; n <= FALSE_START_WORDS; n++) {
            int pause = i + n;
            boolean pausedAt = pause + n < words.size() && PAUSES.contains(words.get(pause));
            if (!pausedAt || n > 1 && words.get(pause).equals(",")) {
                continue;
            }
            // one word said twice is a short one ("the, the"; not "cancer, cancer-associated fibroblasts")
            boolean same = n > 1 || REPEATED_WORDS.contains(words.get(i));
            for (int k = 0; k < n && same; k++) {
                String w = words.get(i + k);
                same = w.chars().allMatch(Character::isLowerCase) && w.equals(words.get(pause + 1 + k));
            }
            if (same) {
                return n;
            }
        }
        return 0;
    }
}
