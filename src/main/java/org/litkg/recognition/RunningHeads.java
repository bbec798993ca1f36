package org.litkg.recognition;

import org.litkg.analysis.Sentence;

/** A running head that dates the document after its journal's name: "X | Case Series | Published online 2026". */
final class RunningHeads {

    private RunningHeads() {
    }

    /**
     * A running head's publication date after the journal's name, from token {@code after}: "| Case Series | Published
     * online 20 November 2026", a separator and then, in a later part, "Published" and a year.
     */
    static boolean datedHeadAfter(Sentence s, int after) {
        if (!PublicationContext.HEAD_SEPARATORS.contains(s.lower(after))) {
            return false;
        }
        boolean published = false;
        for (int k = after + 1; k < s.size(); k++) {
            published |= s.lower(k).equals("published") && PublicationContext.HEAD_SEPARATORS.contains(s.lower(k - 1));
            if (published && PublicationContext.isYear(s.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
