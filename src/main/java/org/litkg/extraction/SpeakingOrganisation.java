package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The organisation a document speaks for as "we" and "our", where the document says so in a filing's manner:
 * '"Veridane," "the Company," "we," "us" and "our" refer to Veridane Biosciences, Inc.' or 'Veridane Biosciences, Inc.
 * ("Veridane", "we" or "our")'. A company's annual report, prospectus and press release then say "our ongoing trial",
 * "which we run" and "is our Chief Medical Officer" of it. Without such a definition "we" stays unread: a news story's
 * or a lab's "we" may be anyone.
 */
final class SpeakingOrganisation {

    /** How far from the quoted "we" the definition's verb, or the name it follows, may be. */
    private static final int DEFINITION_REACH = 24;

    private SpeakingOrganisation() {
    }

    /** "Dr. Ravindra Osterberg-Kahn is our Chief Medical Officer": the person works at the organisation "we" is. */
    static void staff(Reading r, int si, List<Statement> out) {
        Mention speaker = r.speakingOrganisation();
        if (speaker == null) {
            return;
        }
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            int our = m.to() + 1;
            if (m.type() == EntityType.PERSON && !m.anaphoric() && Copulas.COPULAS.contains(s.lower(m.to()))
                    && s.lower(our).equals("our") && our + 1 < s.size() && r.cues.isRoleNoun(s.token(our + 1).text())) {
                Argument person = r.argument(m, EnumSet.of(EntityType.PERSON));
                Argument org = r.argument(speaker, StudyPatterns.ORGS);
                if (person != null && org != null) {
                    r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(org), si, m.from(), m.to(), our, our + 1,
                            "person-our-role", 0.7, out);
                }
            }
        }
    }

    /** The organisation the document defines "we" as; null if it defines none. */
    static Mention find(Reading r) {
        for (int si = 0; si < r.sentenceCount(); si++) {
            Sentence s = r.sentence(si);
            for (int q = 1; q < s.size(); q++) {
                if (s.lower(q).equals("we") && Reading.isQuote(s, q - 1)) {
                    Mention org = referent(r, si, q);
                    if (org != null) {
                        return org;
                    }
                }
            }
        }
        return null;
    }

    /** The organisation '"we" ... refer to' names after the quote, or the name whose bracket holds it. */
    private static Mention referent(Reading r, int si, int we) {
        Sentence s = r.sentence(si);
        for (int k = we + 1; k < Math.min(s.size() - 1, we + DEFINITION_REACH); k++) {
            if ((s.lower(k).equals("refer") || s.lower(k).equals("refers")) && s.lower(k + 1).equals("to")) {
                int name = s.lower(k + 2).equals("the") ? k + 3 : k + 2;
                return organisation(r.startingAt(si, name));
            }
        }
        for (int k = we - 1; k > 0 && we - k < DEFINITION_REACH; k--) {
            if (s.lower(k).equals("(")) {
                int end = s.lower(k - 2).equals(",") ? k - 3 : k - 1; // 'Veridane Biosciences, Inc. ("we")'
                Mention named = r.endingAt(si, k - 1);
                return organisation(named != null ? named : r.endingAt(si, end));
            }
        }
        return null;
    }

    private static Mention organisation(Mention m) {
        return m != null && !m.anaphoric() && m.type() == EntityType.ORGANIZATION ? m : null;
    }
}
