package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/** Pronouns that are a preposition's object ("T helper 2 cells gather around them and release"), and so no subject. */
final class PrepositionalPronouns {

    /** Words the tagger calls adpositions that open a clause, whose pronoun is its subject: "than it binds". */
    private static final Set<String> CLAUSE_OPENING_ADPOSITIONS = Set.of("that", "than", "as", "because", "while",
            "whereas", "if", "once", "since", "until", "before", "after");

    private PrepositionalPronouns() {
    }

    /** Whether the pronoun at k is a preposition's object ("gather around them"), but not "than it binds". */
    static boolean isObject(Sentence s, int k) {
        return k > 0 && Coreference.isPronoun(s.lower(k)) && s.token(k - 1).pos().equals("ADP")
                && !CLAUSE_OPENING_ADPOSITIONS.contains(s.lower(k - 1));
    }
}
