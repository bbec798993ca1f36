package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A drug called by name and then spoken to: a chant's or an ode's "Plerixafor! Plerixafor! You block CXCR4!". The
 * "you" of the sentence right after the call is the drug called.
 */
final class CalledDrugs {

    /** How many sentences back the call may be: "Plerixafor! Plerixafor!" before "You block CXCR4!". */
    private static final int CALL_REACH = 2;
    private static final Set<EntityType> DRUGS = java.util.EnumSet.of(EntityType.DRUG);

    private CalledDrugs() {
    }

    /** The drug a "you" right before the verb at t stands for, opening its sentence after a call; else null. */
    static Argument youAt(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        int you = t - 1;
        boolean opens = you == 0 || you == 1 && s.token(0).isQuote();
        if (s.lower(you).equals("you") && !opens) {
            return addressed(r, si, you, DRUGS); // "COUNSEL: Balixafortide, do you block CXCR4?"
        }
        if (!s.lower(you).equals("you")) {
            return null;
        }
        for (int back = si - 1; back >= Math.max(0, si - CALL_REACH); back--) {
            Mention called = calledAlone(r, back);
            if (called != null) {
                Argument drug = r.argument(called, DRUGS);
                return drug == null ? null : new Argument(drug.node(), s.token(you).span(), s.token(you).text(), true);
            }
        }
        return null;
    }

    /**
     * The thing called by its name at the sentence's opening, after a speaker's label, with a comma after it, that a
     * later "you" at k stands for: "COUNSEL: Balixafortide, do you block CXCR4?", a poem's "CCR5, on T cells you
     * stand, till maraviroc blocks you"; else null.
     */
    static Argument addressed(Reading r, int si, int you, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        int first = s.afterWrittenColon(0, 1); // past a speaker's label: "COUNSEL:"
        Mention called = r.startingAt(si, first);
        if (called == null || called.to() >= you || !s.lower(called.to()).equals(",") || called.anaphoric()) {
            return null;
        }
        Argument drug = r.argument(called, allowed);
        return drug == null ? null : new Argument(drug.node(), s.token(you).span(), s.token(you).text(), true);
    }

    /** The drug a sentence names and nothing else but its marks ("Plerixafor!", "\"Plerixafor!"), or null. */
    private static Mention calledAlone(Reading r, int si) {
        Sentence s = r.sentence(si);
        List<Mention> named = r.doc.mentions().get(si);
        if (named.size() != 1 || named.get(0).type() != EntityType.DRUG || !s.lower(s.size() - 1).equals("!")) {
            return null;
        }
        Mention m = named.get(0);
        for (int k = 0; k < s.size(); k++) {
            if ((k < m.from() || k >= m.to()) && !s.token(k).isPunctuation()) {
                return null;
            }
        }
        return m;
    }
}
