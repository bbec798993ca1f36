package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "Gemcitabine with cisplatin for six cycles remains the standard": two drugs joined by "with" as the subject of their
 * clause are one regimen, so they are combined. Only as a subject: "compared gemcitabine with cisplatin" and "replaced
 * X with Y" are not regimens, and there the first drug is the verb's object.
 */
final class SubjectPairs {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG);
    /** What may stand before a clause's subject: the sentence's start, a comma, a colon, a bullet. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", ";", "-", "•", "*");
    /** The verbs a regimen as subject takes: "is", "was", "remains", "has", "gave". */
    private static final Set<String> PREDICATES = Set.of("is", "was", "are", "were", "remains", "remained", "has", "had",
            "have", "gave", "gives", "cured", "cleared", "worked", "works");

    private SubjectPairs() {
    }

    /** Reads the "with" at t when it joins two drugs that open a clause and its verb follows them. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention first = r.endingAt(si, t - 1);
        Mention second = r.startingAt(si, t + 1);
        if (first == null || second == null || first.anaphoric() || second.anaphoric()
                || first.from() > 0 && !CLAUSE_OPENERS.contains(s.lower(first.from() - 1))
                || !PREDICATES.contains(s.lower(Regimens.pastDuration(s, second.to())))) {
            return;
        }
        Argument a = r.argument(first, DRUGS);
        Argument b = r.argument(second, DRUGS);
        if (a != null && b != null && !a.node().equals(b.node())) {
            r.emit(RelationType.COMBINED_WITH, List.of(a), List.of(b), si, first.from(), first.to(), t, t + 1,
                    "nominal-regimen", 0.75, out);
        }
    }
}
