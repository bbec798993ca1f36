package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "CCL25, a chemokine made by the cells lining the small intestine": a bare reference to cells placed in an organ by
 * the words after it stands for the organ (an organ whose cells make a protein secretes it), not for the cell type
 * named last before.
 */
final class OrganCells {

    /** Words that place cells in an organ: "lining the small intestine", "in the lungs", "of the liver". */
    private static final Set<String> PLACING = Set.of("lining", "of", "in", "within", "from");
    private static final Set<String> BARE_CELLS = Set.of("the cells", "cells", "these cells", "those cells");

    private OrganCells() {
    }

    /** The organ {@code cells} stand for where a tissue may fill the role, else the mention itself. */
    static Mention organOrSelf(Reading r, Mention cells, Set<EntityType> allowed) {
        Mention organ = allowed.contains(EntityType.TISSUE) ? organOf(r, cells) : null;
        return organ != null ? organ : cells;
    }

    /** The organ named right after a bare reference to cells and a placing word, or null. */
    static Mention organOf(Reading r, Mention cells) {
        if (!cells.anaphoric() || cells.type() != EntityType.CELL_TYPE || !BARE_CELLS.contains(cells.text().toLowerCase(
                java.util.Locale.ROOT))) {
            return null;
        }
        Sentence s = r.sentence(cells.sentence());
        if (!PLACING.contains(s.lower(cells.to()))) {
            return null;
        }
        int at = s.lower(cells.to() + 1).equals("the") ? cells.to() + 2 : cells.to() + 1;
        Mention organ = r.startingAt(cells.sentence(), at);
        return organ != null && !organ.anaphoric() && organ.type() == EntityType.TISSUE ? organ : null;
    }
}
