package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A journal named as what an issue or a printed copy is of: "published in the last issue of Blood", "a copy of Cancer
 * Cell, open at a paper from Y showing that ...". A copy is of the journal a study appeared in only where the sentence
 * goes on to the paper in it; "a copy of Nature on her desk" reports no study.
 */
final class JournalIssues {

    private static final Set<String> ISSUE_NOUNS = Set.of("issue", "issues", "volume", "edition");
    private static final Set<String> COPY_NOUNS = Set.of("copy", "copies");

    private JournalIssues() {
    }

    /** Whether the capitalised name at token i follows "issue of", "the issue of", or "copy of" before a study word. */
    static boolean isIssueOf(Sentence s, int i, Cues cues) {
        int of = s.lower(i - 1).equals("the") ? i - 2 : i - 1; // "appears in the current issue of the Annals of ..."
        if (!s.lower(of).equals("of") || !s.token(i).isCapitalised()) {
            return false;
        }
        String noun = s.lower(of - 1);
        return ISSUE_NOUNS.contains(noun) || COPY_NOUNS.contains(noun) && studyWordAfter(s, i, cues);
    }

    private static boolean studyWordAfter(Sentence s, int i, Cues cues) {
        for (int k = i + 1; k < s.size(); k++) {
            if (cues.is(Cues.Category.STUDY_NOUN, s.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
