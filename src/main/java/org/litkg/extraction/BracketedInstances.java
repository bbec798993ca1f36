package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A kind of protein named by its noun before a passive verb, its instances in brackets after the agent: a newsletter's
 * "2 - receptors blocked by cenicriviroc (CCR2 and CCR5)". The bracketed names are what the verb acts on.
 */
final class BracketedInstances {

    private BracketedInstances() {
    }

    /**
     * The last name in the bracket that opens at {@code open}, right after the agent, where the verb at t follows a
     * protein noun ("receptors blocked by X (A and B)"); found gets its tokens. Null otherwise.
     */
    static Argument lastAfterAgent(Reading r, int si, int t, int open, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        String noun = t < 1 ? "" : Lemmatizer.singular(s.lower(t - 1));
        boolean proteinNoun = r.cues.is(Cues.Category.PROTEIN_NOUN, noun) && r.endingAt(si, t - 1) == null;
        if (!s.lower(open).equals("(") || !proteinNoun) {
            return null;
        }
        int close = Parentheticals.after(s, open) - 1;
        Argument last = null;
        for (Mention m : r.mentions(si)) {
            Argument a = m.from() > open && m.to() <= close && !m.anaphoric() ? r.argument(m, allowed) : null;
            if (a != null) {
                last = a;
                found[0] = m.from();
                found[1] = m.to();
            }
        }
        return last;
    }
}
