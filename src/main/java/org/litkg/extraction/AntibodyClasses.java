package org.litkg.extraction;

import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A drug named as a member of a class that names its target: "anti-TNF antibodies such as infliximab",
 * "infliximab, an anti-TNF antibody". The class's "anti-X" says what the drug acts on.
 */
final class AntibodyClasses {

    /** How many sentences back the protein the class names may stand. */
    private static final int REACH = 2;

    private AntibodyClasses() {
    }

    /**
     * The protein the agent's class is named against, where a mention of it stands in the sentence or the two before: X in "anti-X
     * antibodies such as D" or "D, an anti-X antibody"; else null.
     */
    static Argument target(Reading r, int si, Argument agent, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        for (Mention drug : r.mentions(si)) {
            if (drug.type() != EntityType.DRUG || !drug.text().toLowerCase(Locale.ROOT).startsWith("anti-")
                    || !namesMember(s, drug, agent)) {
                continue;
            }
            String against = drug.text().substring("anti-".length()).split("\\s+")[0].toLowerCase(Locale.ROOT);
            for (int back = si; back >= Math.max(0, si - REACH); back--) {
                for (Mention m : r.mentions(back)) {
                    Argument named = m.anaphoric() || !m.text().toLowerCase(Locale.ROOT).equals(against) ? null
                            : r.argument(m, allowed);
                    if (named != null) {
                        return named;
                    }
                }
            }
        }
        return null;
    }

    /** "anti-X antibodies such as D" or "D, an anti-X antibody": the class at {@code drug} has the agent for a member. */
    private static boolean namesMember(Sentence s, Mention drug, Argument agent) {
        int member = s.tokenStartingAt(agent.span().start());
        boolean suchAs = s.lower(drug.to()).equals("such") && s.lower(drug.to() + 1).equals("as") && member == drug.to() + 2;
        int article = drug.from() - 1;
        boolean apposed = Reading.ARTICLES.contains(s.lower(article)) && s.lower(article - 1).equals(",")
                && article >= 2 && s.token(article - 2).span().end() == agent.span().end(); // the agent, then ", an"
        return suchAs || apposed;
    }
}
