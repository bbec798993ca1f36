package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "Gemcitabine with cisplatin for six cycles remains the standard": two drugs joined by "with" as the subject of their
 * clause are one regimen, so they are combined, and so are the partners the second goes on to ("X with Y and Z was"). Only as a subject: "compared gemcitabine with cisplatin" and "replaced
 * X with Y" are not regimens, and there the first drug is the verb's object.
 */
final class SubjectPairs {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);
    /** What may stand before a clause's subject: the sentence's start, a comma, a colon, a bullet. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", ";", "-", "•", "*");
    /** The verbs a regimen as subject takes: "is", "was", "remains", "has", "gave". */
    private static final Set<String> PREDICATES = Set.of("is", "was", "are", "were", "remains", "remained", "has", "had",
            "have", "gave", "gives", "cured", "cleared", "worked", "works", "showed", "shows", "led", "proved");

    private SubjectPairs() {
    }

    /** Reads the "with" at t when it joins two drugs that open a clause and its verb follows them. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = r.endingAt(si, t - 1);
        Mention second = r.startingAt(si, t + 1);
        if (first == null || second == null || first.anaphoric() || second.anaphoric()
                || first.from() > 0 && !CLAUSE_OPENERS.contains(s.lower(first.from() - 1))) {
            return;
        }
        Argument a = r.argument(first, DRUGS);
        Argument b = r.argument(second, DRUGS);
        List<Argument> partners = b == null ? List.of() : new java.util.ArrayList<>(List.of(b));
        int end = second.to();
        // "X with nivolumab and chemotherapy was well tolerated": the regimen goes on with the partner's conjuncts
        for (Mention next; b != null && s.lower(end).equals("and") && (next = r.startingAt(si, end + 1)) != null; ) {
            Argument more = next.anaphoric() ? null : r.argument(next, PARTNERS);
            if (more == null) {
                break;
            }
            partners.add(more);
            end = next.to();
        }
        if (a == null || partners.isEmpty() || a.node().equals(b.node())
                || !PREDICATES.contains(s.lower(Doses.pastDuration(s, end)))) {
            return;
        }
        r.emit(RelationType.COMBINED_WITH, List.of(a), partners, si, first.from(), first.to(), t, t + 1,
                "nominal-regimen", 0.75, out);
        for (int i = 0; i + 1 < partners.size(); i++) { // given together, the partners are combined with each other
            r.emit(RelationType.COMBINED_WITH, partners.subList(i, i + 1), partners.subList(i + 1, partners.size()), si,
                    second.from(), second.to(), t, t + 1, "nominal-regimen", 0.7, out);
        }
    }

    /** What a regimen's later partners may be: a drug or a class ("and chemotherapy"). */
    private static final Set<EntityType> PARTNERS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
}
