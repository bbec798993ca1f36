package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The subject after a sentence-initial participle phrase: "Combined with X, it slowed tumour growth", past an adverb
 * ("Combined with X, however, it") or a relative clause describing the partner ("Combined with rituximab, which removes
 * B cells, ZB-72 cut antibody levels").
 */
final class FrontedPhraseSubjects {

    private FrontedPhraseSubjects() {
    }

    /** Sentence adverbs set off by commas between a fronted clause and its subject. */
    private static final Set<String> CONNECTIVES = Set.of("however", "though", "moreover", "furthermore", "instead",
            "meanwhile", "therefore", "then", "again", "too");

    /**
     * The subject right after the comma that closes a sentence-initial participle clause, past an adverb set off by
     * commas ("Combined with X, however, it").
     */
    static Argument subjectAfterFrontedClause(Reading r, int si, int from, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        for (int k = from; k < Math.min(s.size() - 1, from + 10); k++) {
            if (s.lower(k).equals(",")) {
                if (CONNECTIVES.contains(s.lower(k + 1)) && s.lower(k + 2).equals(",")) {
                    k += 2; // "Combined with an anti-PD-1 antibody, however, it slowed tumour growth"
                }
                int close = s.lower(k + 1).equals("which") ? Parentheticals.closingComma(s, k, RELATIVE_WORDS, s.size())
                        : -1;
                k = close > 0 ? close : k; // "Combined with rituximab, which removes B cells, ZB-72 cut"
                int subject = SubjectSearch.DETERMINERS.contains(s.lower(k + 1)) ? k + 2 : k + 1;
                Mention m = r.startingAt(si, subject);
                Argument a = m != null ? r.argument(m, allowed) : r.pronoun(si, subject, allowed);
                if (a != null) {
                    found[0] = subject;
                    found[1] = m != null ? m.to() : subject + 1;
                }
                return a;
            }
        }
        return null;
    }

    /** How many words a relative clause set off by commas inside a fronted phrase may take. */
    private static final int RELATIVE_WORDS = 10;
}
