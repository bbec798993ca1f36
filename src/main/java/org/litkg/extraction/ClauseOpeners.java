package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Words that open a clause of its own, whose verb's subject never stands before them: "that" after a verb of showing
 * or saying ("Zymography showed that DMBT inhibited MMP-9": not gelatin's doing), and "because", "although", "though",
 * "whereas", "unless" ("was tried and failed, perhaps because the liver made more CCL2": not the drug's).
 */
final class ClauseOpeners {

    private static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "whereas", "unless");

    /** Conjunctions that open a clause trailing its sentence's main one, after its comma. */
    private static final Set<String> TRAILING = Set.of("when", "if", "because", "as", "since", "although", "though",
            "while", "once", "unless", "until", "so");

    private ClauseOpeners() {
    }

    /**
     * Whether the token at k opens a clause that trails the sentence's main one: ", when it is given with azacitidine",
     * ", so it works against". Its subject pronoun goes on with the main clause's subject, not a name inside it.
     */
    static boolean trailsMainClause(Sentence s, int k) {
        return k >= 2 && TRAILING.contains(s.lower(k - 1)) && s.lower(k - 2).equals(",");
    }

    /** Whether the token at k opens a clause of its own. */
    static boolean opensOwnClause(Sentence s, int k) {
        return SUBORDINATORS.contains(s.lower(k)) || s.lower(k).equals("that") && k > 0
                && (Modality.REPORTING.contains(s.lower(k - 1)) || LeaderCues.FINDING_VERBS.contains(s.token(k - 1).lemma()));
    }

    /** How far after a reporting verb's "that" the claim's subject may be named: "that the experimental drug X". */
    private static final int REPORTED_SUBJECT_REACH = 4;

    /**
     * "Dr. Omar Haddad said that GX-410 does not block CCR5; it blocks CCR2": where a sentence opens with a speaker
     * whose claim it reports, a later clause's "it" goes on with the claim's subject, not the speaker; else first.
     */
    static Mention claimOverSpeaker(Sentence s, List<Mention> ms, Mention first, int k) {
        Mention claimed = first.type() == EntityType.PERSON ? reportedSubject(s, ms) : null;
        return claimed != null && claimed.to() < k ? claimed : first;
    }

    /**
     * "Our article said that the drug KT-552 blocks OX40": the name a reported claim opens with, which a next
     * sentence's "It does not" denies of; else null.
     */
    static Mention reportedSubject(Sentence s, List<Mention> ms) {
        int that = Modality.reportedThat(s, s.size() - 1);
        return that < 0 ? null : ms.stream().filter(m -> m.from() > that && m.from() <= that + REPORTED_SUBJECT_REACH
                && !m.anaphoric()).findFirst().orElse(null);
    }

    /** Where the clause holding token k opens: after the last semicolon before it, or at the sentence's start. */
    static int clauseStart(Sentence s, int k) {
        int semicolon = k - 1;
        while (semicolon >= 0 && !s.lower(semicolon).equals(";")) {
            semicolon--;
        }
        return semicolon + 1;
    }
}
