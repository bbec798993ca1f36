package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * How a drug class phrase ("PD-1 antibodies", "a JAK1 and JAK2 inhibitor") is joined to the words before it: as the
 * last member of a list of drugs, or as a clause of its own that names no drug of the class.
 */
final class ClassListLinks {

    private ClassListLinks() {
    }

    /** Words after "and" or "or" that make the class a list's last member: "X, Y or any other SGLT2 inhibitor". */
    private static final Set<String> LIST_CLOSERS = Set.of("other", "any", "another", "similar");

    /**
     * Whether the "and" or "or" at k joins the class phrase to something before it ("trastuzumab, and PD-1 antibodies
     * help"), rather than closing a list of its members ("X or any other SGLT2 inhibitor") or of its targets ("a JAK1
     * and JAK2 inhibitor").
     */
    static boolean joinsAnotherClause(Reading r, int si, int k, Set<EntityType> proteins) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("and") && !s.lower(k).equals("or") || LIST_CLOSERS.contains(s.lower(k + 1))) {
            return false;
        }
        Mention target = r.endingAt(si, k - 1);
        return target == null || r.argument(target, proteins) == null;
    }
}
