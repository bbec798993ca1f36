package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * An author's reply that denies a claim by saying two things are unrelated: "Dr. Holt's article said that natalizumab
 * blocks CCR5", answered by "Natalizumab binds alpha-4 integrin ...; it has nothing to do with CCR5". Each finding that
 * some sentence claims between a thing the denial names (or its pronoun stands for) and the thing it has "nothing to
 * do with" is denied there too, so that {@link RefutedClaims} keeps the denial and drops the claim it refutes.
 */
final class UnrelatedClaims {

    private static final Set<EntityType> ANY = java.util.EnumSet.allOf(EntityType.class);

    private UnrelatedClaims() {
    }

    /** The denials of findings claimed between things a sentence says have "nothing to do with" each other. */
    static List<Statement> denials(Reading r, List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (int si = 0; si < r.sentenceCount(); si++) {
            Sentence s = r.sentence(si);
            for (int k = 0; k + 4 < s.size(); k++) {
                boolean unrelated = s.lower(k).equals("nothing") && s.lower(k + 1).equals("to")
                        && s.lower(k + 2).equals("do") && s.lower(k + 3).equals("with");
                Mention other = unrelated ? r.startingAt(si, k + 4) : null;
                Argument y = other == null || other.anaphoric() ? null : r.argument(other, ANY);
                if (y != null) {
                    deny(r, si, k, y, statements, out);
                }
            }
        }
        return out;
    }

    /** Denies, in sentence si, each claimed finding about y whose other argument the sentence names before k. */
    private static void deny(Reading r, int si, int k, Argument y, List<Statement> statements, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            Argument x = m.from() < k ? r.argument(m, ANY) : null;
            for (Statement claim : x == null ? List.<Statement>of() : statements) {
                boolean same = claim.subject().equals(x.node()) && claim.object().equals(y.node());
                if (same && !claim.evidence().negated()) {
                    Evidence e = new Evidence(si, s.span(), s.text(), x, y, s.spanOf(k, k + 4), s.textOf(k, k + 4),
                            "unrelated-denial", claim.evidence().confidence(), true, false);
                    out.add(new Statement(claim.relation(), e));
                }
            }
        }
    }
}
