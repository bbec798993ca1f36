package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "The authors are Helen Cho (University of Toronto), Marc-Andre Roy (McGill University) and ...": a study's authors
 * listed with their institutions, as an "About the study" box lists them, so each institution the sentence places an
 * author at conducts the study the text reports, as a byline's affiliations do.
 */
final class ListedAuthors {

    private static final Set<String> AUTHOR_NOUNS = Set.of("authors", "co-authors", "researchers");
    private static final Set<String> LISTING_VERBS = Set.of("are", "were", "include", "included");
    /** How far into the sentence the listing verb may stand: "The study's authors are". */
    private static final int OPENING_TOKENS = 6;

    private ListedAuthors() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        int verb = listingVerb(s);
        if (verb < 0) {
            return;
        }
        List<Argument> studies = StatementArguments.subjects(out, st -> st.evidence().subject().node()
                instanceof Node.StudyNode && !st.evidence().negated());
        List<Argument> places = StatementArguments.objects(out, st -> st.relation() == RelationType.AFFILIATED_WITH
                && st.evidence().sentenceIndex() == si && !st.evidence().negated());
        if (studies.isEmpty() || places.isEmpty()) {
            return;
        }
        Argument study = studies.get(studies.size() - 1); // the study the text has been reporting
        Argument subject = new Argument(study.node(), s.token(verb).span(), s.token(verb).text(), true);
        r.emit(RelationType.CONDUCTED_BY, List.of(subject), places, si, verb, verb + 1, verb, verb + 1,
                "study-listed-authors", 0.7, out);
    }

    /** The verb after a sentence-opening "The (study's) authors", where the sentence lists them; else -1. */
    private static int listingVerb(Sentence s) {
        for (int k = 1; k < Math.min(s.size(), OPENING_TOKENS); k++) {
            if (AUTHOR_NOUNS.contains(s.lower(k - 1)) && LISTING_VERBS.contains(s.lower(k))) {
                return s.lower(0).equals("the") || s.lower(0).equals("its") ? k : -1;
            }
        }
        return -1;
    }
}
