package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * The guest an interview's heading names, who answers the questions below it in the first person: "FIVE MINUTES
 * WITH... Dr. X, immunologist at Y", "One question for Dr. X" ({@link Narrator}); or, where the heading names only
 * what the guest is ("Five questions for a tuberculosis immunologist"), the person opening the next sentence, as
 * does the text's opening sentence where a question follows it (the heading left out of the text's prose).
 */
final class InterviewGuests {

    /** An interview heading's words before its guest: "Five minutes with", "One question for". */
    private static final Set<String> GUEST_HEADINGS = Set.of("minutes with", "question for", "questions for");

    private InterviewGuests() {
    }

    /**
     * Where an interview heading names its guest, who answers in the first person: after "Five minutes with" and its
     * dots, or opening the next sentence where the heading's dots ended one ("FIVE MINUTES WITH..." over "Dr. X,
     * immunologist at Y"); -1 if nowhere.
     */
    static int guestAt(Reading r, int si) {
        if (si == 0 && r.sentenceCount() > 1 && r.sentence(1).text().strip().endsWith("?") && namesPerson(r, 0, 0)) {
            return 0; // "Dr. X, an immunologist at Y, studies why ..." over the first question: the guest introduced
        }
        int inHeading = headingEnd(r.sentence(si));
        if (inHeading > 0 && inHeading < r.sentence(si).size()) {
            return inHeading;
        }
        int before = si > 0 ? headingEnd(r.sentence(si - 1)) : -1;
        return before > 0 && (before >= r.sentence(si - 1).size() || !namesPerson(r, si - 1, before)) ? 0 : -1;
    }

    /**
     * Whether the heading names its guest from token k: "Five questions for Dr. X", not "Five questions for a
     * tuberculosis immunologist", whose guest the next sentence names.
     */
    private static boolean namesPerson(Reading r, int si, int k) {
        int name = Narrator.afterTitles(r, r.sentence(si), k);
        org.litkg.recognition.Mention m = r.startingAt(si, name);
        return m != null && m.type() == org.litkg.recognition.EntityType.PERSON;
    }

    /** The token after an interview heading's words and dots opening the sentence ("One question for"), else -1. */
    private static int headingEnd(Sentence s) {
        if (s.size() < 3 || !GUEST_HEADINGS.contains(s.lower(1) + " " + s.lower(2))) {
            return -1;
        }
        int k = 3;
        while (k < s.size() && (s.lower(k).equals(".") || s.lower(k).equals("...") || s.lower(k).equals("…"))) {
            k++;
        }
        return k;
    }
}
