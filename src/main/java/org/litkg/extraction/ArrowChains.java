package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A diagram's text version, its named things joined by arrows: "follicular dendritic cells → CXCL13 → CXCR5 (on B
 * cells)", a slide's "CXCL9 + CXCL10 -> CXCR3". An arrow from cells to a chemokine is the cells making it, and one
 * from a chemokine to a receptor is the chemokine binding it; an arrow between other kinds says nothing this reading
 * can name.
 */
final class ArrowChains {

    private static final Set<EntityType> CELLS = EnumSet.of(EntityType.CELL_TYPE);
    private static final Set<EntityType> CHEMOKINES = EnumSet.of(EntityType.CHEMOKINE);
    private static final Set<EntityType> RECEPTORS = EnumSet.of(EntityType.RECEPTOR);

    /** Arrows as typed or drawn: a slide's "CXCL9 + CXCL10 -> CXCR3". */
    private static final Set<String> ARROWS = Set.of("→", "->", "=>");

    private ArrowChains() {
    }

    /** Whether token t is an arrow of a chain: a name on each side. */
    static boolean at(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        return ARROWS.contains(s.lower(t)) && r.endingAt(si, t - 1) != null && r.startingAt(si, t + 1) != null;
    }

    static void read(Reading r, int si, int t, List<Statement> out) {
        Mention from = r.endingAt(si, t - 1);
        Mention to = r.startingAt(si, t + 1);
        if (from.anaphoric() || to.anaphoric()) {
            return;
        }
        if (from.type() == EntityType.CELL_TYPE && to.type() == EntityType.CHEMOKINE) {
            emit(r, si, t, RelationType.SECRETES, r.argument(from, CELLS), r.argument(to, CHEMOKINES), from, out);
        } else if (from.type() == EntityType.CHEMOKINE && to.type() == EntityType.RECEPTOR) {
            for (Mention m = from; m != null && m.type() == EntityType.CHEMOKINE; m = joinedBefore(r, si, m)) {
                emit(r, si, t, RelationType.BINDS, r.argument(m, CHEMOKINES), r.argument(to, RECEPTORS), m, out);
            }
        }
    }

    /** The name joined to m by a plus or "and" before it, as a slide writes "CXCL9 + CXCL10 -> CXCR3"; else null. */
    private static Mention joinedBefore(Reading r, int si, Mention m) {
        String joiner = r.sentence(si).lower(m.from() - 1);
        Mention before = joiner.equals("+") || joiner.equals("and") ? r.endingAt(si, m.from() - 2) : null;
        return before == null || before.anaphoric() ? null : before;
    }

    private static void emit(Reading r, int si, int t, RelationType relation, Argument subject, Argument object,
                             Mention first, List<Statement> out) {
        if (subject != null && object != null) {
            r.emit(relation, List.of(subject), List.of(object), si, first.from(), first.to(), t, t + 1, "arrow-chain",
                    0.7, out);
        }
    }
}
