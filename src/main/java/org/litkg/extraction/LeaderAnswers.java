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
        String before = text.substring(0, r.sentence(si).token(0).span().start()).stripTrailing();
        String question = before.substring(before.lastIndexOf('\n') + 1).strip();
        return WHO_LEADS.matcher(question).matches();
    }
}
