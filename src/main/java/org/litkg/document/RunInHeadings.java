package org.litkg.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings a journal runs into the first line of each part of a structured abstract, with no colon after them:
 * JAMA's "Importance Kawasaki disease is ...", "Conclusions and Relevance Anakinra ...", its Key Points' "Question
 * Does ...", The Lancet's "Findings Between ...". Read with the sentence, the heading would join the name after it
 * ("Importance Kawasaki disease"); a capital after it says the sentence starts there.
 */
final class RunInHeadings {

    private static final Pattern HEADING = Pattern.compile("(Importance|Objectives?|Design, Setting, and Participants"
            + "|Design|Setting|Participants|Interventions?|Exposures?|Main Outcomes? and Measures?|Results|Conclusions"
            + "|Conclusions and Relevance|Background|Methods|Findings|Interpretation|Funding|Question|Meaning"
            + "|Trial Registration) (?=[\\p{Lu}\\d])");

    private RunInHeadings() {
    }

    /** Where the sentence starts in a line that opens with a run-in heading, or 0 where it opens with none. */
    static int bodyStart(String line) {
        Matcher m = HEADING.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }
}
