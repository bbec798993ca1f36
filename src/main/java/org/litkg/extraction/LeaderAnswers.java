package org.litkg.extraction;

import java.util.regex.Pattern;

/**
 * A question and answer page's "Who leads it?" over "Professor X, a dermatologist at Y.": the person the answer opens
 * with leads the study the page is about, as "X leads it" would say. The question is a heading line, which layout
 * leaves unread, so it is looked for in the text just above the answer.
 */
final class LeaderAnswers {

    /** A question of who leads the work: "Who leads it?", "Who is leading the trial?", "Who led the study?". */
    private static final Pattern WHO_LEADS =
            Pattern.compile("(?i)who\\b.{0,20}\\b(leads?|led|leading|heads)\\b.{0,30}\\?");

    private LeaderAnswers() {
    }

    /** Whether the person whose name (with its titles) opens sentence si answers a question of who leads the study. */
    static boolean answers(Reading r, int si, int start) {
        if (start != 0) {
            return false;
        }
        String text = r.doc.analyzed().document().text();
        int end = r.sentence(si).token(0).span().start(); // the line just above, without copying all the text before it
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        return WHO_LEADS.matcher(text.substring(lineStart, end).strip()).matches();
    }
}
