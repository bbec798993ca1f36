package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/**
 * "Kingsbridge Hospital and Fenmoor Hospital join St Aldric's Hospital as trial sites": institutions that join another
 * as sites of a study run where that one already runs it, the study the text said the other conducts.
 */
final class JoiningSites {

    private static final Set<String> JOIN_VERBS = Set.of("join", "joins", "joined");
    /** Nouns for the places a study is run at: "as trial sites", "as a study centre". */
    static final Set<String> SITE_NOUNS = Set.of("site", "sites", "centre", "centres", "center", "centers");

    private JoiningSites() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 1; k + 2 < s.size(); k++) {
            if (!JOIN_VERBS.contains(s.lower(k))) {
                continue;
            }
            Mention joined = r.startingAt(si, s.lower(k + 1).equals("the") ? k + 2 : k + 1);
            Argument host = joined == null ? null : r.argument(joined, StudyPatterns.ORGS);
            Mention last = r.endingAt(si, k - 1);
            Argument joining = last == null ? null : r.argument(last, StudyPatterns.ORGS);
            if (host == null || joining == null || !asSites(s, joined.to())) {
                continue;
            }
            List<Argument> joiners = r.withPrecedingConjuncts(si, joining, last.from(), StudyPatterns.ORGS);
            for (Argument study : StatementArguments.subjects(out, st -> st.relation() == RelationType.CONDUCTED_BY
                    && !st.evidence().negated() && st.object().equals(host.node()) && st.subject() instanceof Node.StudyNode)) {
                Argument subject = new Argument(study.node(), s.token(k).span(), s.token(k).text(), true);
                r.emit(RelationType.CONDUCTED_BY, List.of(subject), joiners, si, k, k + 1, joined.from(), joined.to(),
                        "study-joining-sites", 0.7, out);
            }
        }
    }

    /** "as trial sites", "as a study site", "as sites" right after the institution joined, at k. */
    private static boolean asSites(Sentence s, int k) {
        if (!s.lower(k).equals("as")) {
            return false;
        }
        int j = s.lower(k + 1).equals("a") ? k + 2 : k + 1;
        j += s.lower(j).equals("trial") || s.lower(j).equals("study") ? 1 : 0;
        return SITE_NOUNS.contains(s.lower(j));
    }
}
