package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A thesis's form lines: "Candidate: X" over "Thesis: ..." names the student whose thesis reports the work, and so its
 * leader; "Supervisors: Professor Y (Z) and Dr. W (V)" lead it too where the candidate writes in the first person (a
 * thesis's own front matter or abstract), as a paper's senior authors do. An examiners' report, written about the
 * candidate, leaves the supervisors out.
 */
final class ThesisForms {

    private static final Set<String> CANDIDATES = Set.of("candidate");
    private static final Set<String> SUPERVISORS = Set.of("supervisor", "supervisors", "co-supervisor",
            "co-supervisors");

    private ThesisForms() {
    }

    /**
     * Whether the person whose name (with its titles) starts at {@code start} leads the thesis's work: a thesis's
     * writer's "my supervisor, Professor X" ({@link StudyPossessors#thesisSupervisor}), or a form line's candidate or
     * supervisor.
     */
    static boolean leads(Reading r, int si, int start) {
        if (StudyPossessors.thesisSupervisor(r, si, start)) {
            return true;
        }
        Sentence s = r.sentence(si);
        if (s.size() < 3 || !s.lower(1).equals(":") || start < 2) {
            return false;
        }
        boolean candidate = CANDIDATES.contains(s.lower(0)) && start == 2;
        boolean supervisor = SUPERVISORS.contains(s.lower(0));
        return (candidate || supervisor && writtenByCandidate(r)) && namesThesis(r);
    }

    /** A thesis named anywhere in the text, its form's "Thesis:" line among the places (a line no sentence reads). */
    private static final java.util.regex.Pattern THESIS =
            java.util.regex.Pattern.compile("(?i)\\b(thesis|dissertation)\\b");

    private static boolean namesThesis(Reading r) {
        return THESIS.matcher(r.doc.analyzed().document().text()).find();
    }

    /** Whether the text speaks in the first person singular: "In Chapter 2 I show", "I found that". */
    private static boolean writtenByCandidate(Reading r) {
        for (int i = 0; i < r.sentenceCount(); i++) {
            Sentence s = r.sentence(i);
            for (int k = 0; k < s.size(); k++) {
                // "In Chapter 2 I show", not the numeral of "type I interferon" (which the tagger may call a verb)
                boolean verbAfter = k + 1 < s.size() && (s.token(k + 1).pos().equals("VERB")
                        || s.token(k + 1).pos().equals("AUX"));
                String before = k > 0 ? s.token(k - 1).pos() : "";
                boolean numeral = before.equals("NOUN") || before.equals("PROPN");
                if (s.token(k).text().equals("I") && verbAfter && !numeral) {
                    return true;
                }
            }
        }
        return false;
    }
}
