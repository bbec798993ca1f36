package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * "Professor X, writing in The Lancet, argues that ...", "X argues in Nature Medicine that ...": a writer's opinion
 * in a journal, which is no study the journal published. A report ("writing in Nature, the team describes") still is.
 */
final class OpinionPieces {

    /** Verbs of putting a view, not a finding: what a commentary's writer does. */
    private static final Set<String> OPINING = Set.of("argue", "contend", "urge", "warn", "insist", "caution",
            "plead", "opine");
    /** Forms of writing before "in" a journal: "writing in The Lancet". */
    private static final Set<String> WRITING = Set.of("writing", "writes", "wrote");

    private OpinionPieces() {
    }

    /** Whether the journal named from token {@code from} to {@code to} holds a writer's opinion. */
    static boolean holdsOpinion(Sentence s, int from, int to) {
        int in = s.lower(from - 1).equals("the") ? from - 2 : from - 1;
        if (in < 1 || !s.lower(in).equals("in")) {
            return false;
        }
        if (OPINING.contains(s.token(in - 1).lemma())) {
            return true; // "X argues in Nature Medicine that"
        }
        int verb = s.lower(to).equals(",") ? to + 1 : to;
        return WRITING.contains(s.lower(in - 1)) && verb < s.size() && OPINING.contains(s.token(verb).lemma());
    }
}
