package org.litkg.document;

import java.util.regex.Pattern;

/**
 * A question-and-answer transcript's turns as a deposition, a hearing or a printed interview sets them: "Q." and "A."
 * opening each turn, perhaps after the transcript's line number ("4   A.  It blocks the CXCR4 receptor"). Read as
 * they stand, "Q." and "A." end sentences of their own and the number is a line of its own; spelt as the speaker
 * labels "Q:" and "A:", each turn is read as said, its answer after its question.
 */
final class TranscriptTurns {

    /** A turn's opening: a line number perhaps, then "Q." or "A." and space. */
    private static final Pattern TURN = Pattern.compile("(?m)^[ \\t]*(\\d{1,3}[ \\t]+)?([QA])\\.[ \\t]+(?=\\S)");

    private TranscriptTurns() {
    }

    /** The text with its turns labelled "Q:" and "A:", where it has both a question and an answer; else as it is. */
    static String label(String text) {
        java.util.Set<String> turns = TURN.matcher(text).results().map(m -> m.group(2))
                .collect(java.util.stream.Collectors.toSet());
        if (turns.size() < 2) {
            return text; // a question and no answer, or an outline's "A." alone
        }
        return TURN.matcher(text).replaceAll("$2: ");
    }
}
