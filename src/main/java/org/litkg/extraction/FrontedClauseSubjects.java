package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * "When liver cells are damaged, they send out CCL2": a plural pronoun right after a fronted clause of time or
 * condition goes on with that clause's own plural subject, not with a name from the sentence before.
 */
final class FrontedClauseSubjects {

    private FrontedClauseSubjects() {
    }

    /** Words that open a fronted clause with a subject of its own: "When", "Once", "If". */
    private static final Set<String> OPENERS = Set.of("when", "once", "if", "after", "while", "because", "since",
            "until", "before", "whenever");
    /** Determiners the clause's subject may open with: "When the cells", "Once these cells". */
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "such");

    /** The fronted clause's plural subject that the pronoun at k of sentence si, after its comma, goes on with. */
    static Mention pluralSubject(RecognizedDocument doc, Coreference coreference, int si, int k,
                                 Set<EntityType> allowed) {
        Sentence s = doc.analyzed().sentences().get(si);
        if (!OPENERS.contains(s.lower(0)) || !s.lower(k - 1).equals(",")) {
            return null;
        }
        Mention subject = null;
        for (Mention m : doc.mentions().get(si)) { // a mention may take in its article or not: "the cells", "cells"
            boolean opens = m.from() == 1 || m.from() == 2 && DETERMINERS.contains(s.lower(1));
            subject = subject == null && opens ? m : subject;
        }
        if (subject == null || !allowed.contains(doc.entities().of(subject).type())
                || !coreference.headIsPlural(subject) || !isVerbGroup(s, subject.to())) {
            return null;
        }
        for (int j = subject.to(); j < k - 1; j++) {
            if (s.lower(j).equals(",")) {
                return null; // "When the drug binds CXCR4 on T cells, which ..., they": more than one clause
            }
        }
        return subject;
    }

    private static boolean isVerbGroup(Sentence s, int k) {
        String pos = k < s.size() ? s.token(k).pos() : "";
        return pos.equals("AUX") || pos.equals("VERB");
    }
}
