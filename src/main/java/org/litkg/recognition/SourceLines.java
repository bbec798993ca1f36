package org.litkg.recognition;

import org.litkg.analysis.Sentence;

/**
 * Lines that cite the work a text reports by its journal alone: a slide's "Nature Immunology, 2023", a chart's
 * "Source: Cell, 2024", a journal alert's "Nature Immunology: Neutrophils carry CXCR2, ...".
 */
public final class SourceLines {

    private SourceLines() {
    }

    /** A lab's noun after its head's surname, on a social card's source line: "Science Immunology | Hansen lab, Y". */
    private static final java.util.Set<String> LAB_NOUNS = java.util.Set.of("lab", "laboratory", "group");
    /** The most words a source line's label takes: "Source:", "On-screen text:". */
    private static final int SOURCE_LABEL_WORDS = 4;

    /**
     * A line that is nothing but a journal and a year, perhaps under a label: "Nature Immunology, 2023" on a slide,
     * "On-screen text: Nature Immunology, 2023" in a storyboard, "Source: Cell, 2024" under a chart, or a journal
     * alert's line with the journal as its label ({@link #isJournalLabel}); the journal (tokens from to to) cites the
     * work the text reports. A reading list's "See: Blood, 2020" suggests a paper instead.
     */
    public static boolean isSourceLine(Sentence s, int from, int to) {
        int label = s.labelColon(SOURCE_LABEL_WORDS);
        boolean opens = from == 0 || from == label + 1 && !PublicationContext.READING_LABELS.contains(s.lower(0));
        int end = s.lower(s.size() - 1).equals(".") ? s.size() - 1 : s.size();
        return opens && to + 2 == end && s.lower(to).equals(",") && s.lower(to + 1).matches("(19|20)\\d{2}")
                || isJournalLabel(s, from, to)
                || from == 0 && s.lower(to).equals("|") && LAB_NOUNS.contains(s.lower(to + 2)); // "Cell | X lab, Y"
    }

    /** The fewest words a journal's label takes: "Nature Immunology:" is a journal; "Blood:" may define the word. */
    private static final int JOURNAL_LABEL_WORDS = 2;

    /**
     * A journal alert's or a digest's line whose label is the journal, with what it published after the colon:
     * "Nature Immunology: Neutrophils carry CXCR2, and navarixin blocks it."
     */
    private static boolean isJournalLabel(Sentence s, int from, int to) {
        return from == 0 && to - from >= JOURNAL_LABEL_WORDS && to + 2 < s.size() && s.textOf(to, to + 1).equals(":")
                && s.token(to + 1).isCapitalised();
    }
}
