package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "CXCL10 draws CD4+ T cells into the eye by binding their receptor, CXCR3": the receptor "their" gives to the cells
 * named just before is on those cells.
 */
final class TheirReceptors {

    private static final Set<EntityType> RECEPTORS = Set.of(EntityType.RECEPTOR);
    private static final Set<EntityType> CELLS = Set.of(EntityType.CELL_TYPE);
    /** How far before "their" the cells may be named: "draws CD4+ T cells into the eye surface by binding". */
    private static final int OWNER_WORDS = 12;

    private TheirReceptors() {
    }

    /** Whether the noun at t is a receptor owned by "their": "their receptor", "their own receptor". */
    static boolean isTheirReceptor(Sentence s, int t, String lemma) {
        return lemma.equals("receptor") && (s.lower(t - 1).equals("their")
                || s.lower(t - 1).equals("own") && s.lower(t - 2).equals("their"));
    }

    /** Reads the receptor noun at t. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int their = s.lower(t - 1).equals("their") ? t - 1 : t - 2;
        Mention named = r.startingAt(si, s.lower(t + 1).equals(",") ? t + 2 : t + 1);
        Argument receptor = named == null || named.anaphoric() ? null : r.argument(named, RECEPTORS);
        Mention owner = nearestBefore(r, si, their);
        Argument cell = receptor == null || owner == null ? null : r.argument(owner, CELLS);
        if (cell == null) {
            return;
        }
        List<Argument> cells = r.withPrecedingConjuncts(si, cell, owner.from(), CELLS); // "neutrophils and monocytes"
        r.emit(RelationType.EXPRESSED_ON, List.of(receptor), cells, si, named.from(), named.to(), their, t + 1,
                "their-receptor", 0.7, out);
    }

    /** The last mention before "their" (a place the cells go to aside: "into the skin"), if near enough; else null. */
    private static Mention nearestBefore(Reading r, int si, int their) {
        Mention nearest = null;
        for (Mention m : r.doc.mentions().get(si)) {
            boolean before = m.to() <= their && m.to() >= their - OWNER_WORDS && m.type() != EntityType.TISSUE;
            if (before && (nearest == null || m.to() > nearest.to())) {
                nearest = m;
            }
        }
        return nearest;
    }
}
