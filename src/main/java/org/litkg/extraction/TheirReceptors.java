package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "CXCL10 draws CD4+ T cells into the eye by binding their receptor, CXCR3", "act on endothelial cells through a
 * receptor on their surface, CysLTR1", "calls the neutrophils, It binds their CXCR2": the receptor "their" gives to
 * the cells named just before is on those cells, as the receptor "your" gives to the cells a song calls on ("O come,
 * all ye T cells, ... it binds your CCR7") is on them.
 */
final class TheirReceptors {

    private static final Set<EntityType> RECEPTORS = Set.of(EntityType.RECEPTOR);
    private static final Set<EntityType> CELLS = Set.of(EntityType.CELL_TYPE);
    /** How far before "their" the cells may be named: "draws CD4+ T cells into the eye surface by binding". */
    private static final int OWNER_WORDS = 12;

    private TheirReceptors() {
    }

    /** Where a surface is named after a receptor: "a receptor on their surface", "on their cell surface". */
    private static final Set<String> SURFACES = Set.of("surface", "surfaces");

    /**
     * Whether the noun at t is a receptor owned by "their": "their receptor", "their own receptor", "a receptor on
     * their surface".
     */
    static boolean isTheirReceptor(Sentence s, int t, String lemma) {
        return lemma.equals("receptor") && their(s, t) >= 0;
    }

    /** The "their" that owns the receptor noun at t, or -1. */
    private static int their(Sentence s, int t) {
        if (s.lower(t - 1).equals("their")) {
            return t - 1;
        }
        if (s.lower(t - 1).equals("own") && s.lower(t - 2).equals("their")) {
            return t - 2;
        }
        return theirSurfaceEnd(s, t + 1) > 0 ? t + 2 : -1;
    }

    /** The last word of "on their surface" or "on their cell surfaces" opening at token on, or -1. */
    static int theirSurfaceEnd(Sentence s, int on) {
        if (!s.lower(on).equals("on") || !s.lower(on + 1).equals("their")) {
            return -1;
        }
        int noun = s.lower(on + 2).equals("cell") ? on + 3 : on + 2;
        return SURFACES.contains(s.lower(noun)) ? noun : -1;
    }

    /** Whether "their" at t owns the receptor named right after it: "calls the neutrophils, It binds their CXCR2". */
    static boolean namedAfterTheir(Reading r, int si, int t) {
        String owner = r.sentence(si).lower(t);
        boolean owned = owner.equals("their") || owner.equals("your") && addressedCells(r, si) != null;
        Mention named = owned ? r.startingAt(si, t + 1) : null;
        return named != null && !named.anaphoric() && named.type() == EntityType.RECEPTOR;
    }

    /** Reads the receptor noun at t, or the "their" at t before a receptor's name. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        boolean your = s.lower(t).equals("your"); // a song's "O come, all ye T cells, ... it binds your CCR7"
        int their = s.lower(t).equals("their") || your ? t : their(s, t);
        int start = Math.min(their, t);
        // the receptor phrase's last word, or "their" before the receptor's name
        int end = their > t ? theirSurfaceEnd(s, t + 1) : t;
        Mention named = r.startingAt(si, s.lower(end + 1).equals(",") ? end + 2 : end + 1);
        Argument receptor = named == null || named.anaphoric() ? null : r.argument(named, RECEPTORS);
        Mention owner = your ? addressedCells(r, si) : nearestBefore(r, si, start);
        if (owner == null && their == t && si > 0) {
            owner = lastCellsOf(r, si - 1); // "Why do neutrophils love CXCL8? Because it binds their CXCR2!"
        }
        Argument cell = receptor == null || owner == null ? null : r.argument(owner, CELLS);
        if (cell == null) {
            return;
        }
        List<Argument> cells = r.withPrecedingConjuncts(si, cell, owner.from(), CELLS); // "neutrophils and monocytes"
        r.emit(RelationType.EXPRESSED_ON, List.of(receptor), cells, si, named.from(), named.to(), start, end + 1,
                "their-receptor", 0.7, out);
    }

    /**
     * The last mention before the receptor phrase (a place the cells go to aside: "into the skin"), if near enough;
     * else null.
     */
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

    /** Words that call on the cells a song or a speech addresses: "O come, all ye T cells", "you T cells". */
    private static final Set<String> CALLING = Set.of("ye", "you", "o");

    /** The cells sentence si calls on ("all ye T cells"), whose the "your" of the sentence is; else null. */
    private static Mention addressedCells(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (Mention m : r.doc.mentions().get(si)) {
            if (m.type() == EntityType.CELL_TYPE && CALLING.contains(s.lower(m.from() - 1))) {
                return m;
            }
        }
        return null;
    }

    /** The cells named last in sentence si, if any. */
    private static Mention lastCellsOf(Reading r, int si) {
        Mention last = null;
        for (Mention m : r.doc.mentions().get(si)) {
            last = m.type() == EntityType.CELL_TYPE ? m : last;
        }
        return last;
    }
}
