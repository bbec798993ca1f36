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

    /** How many words may name the organ's part after its possessive: "the skin's outer layer". */
    private static final int PART_WORDS = 3;

    /**
     * Whether the organ closes an apposition of described cells right before the verb at {@code verb}: "astrocytes, the
     * star-shaped support cells of the brain, secrete CXCL10" (the apposition's cells, not their organ, act), or of a
     * part of it: "keratinocytes, the main cells of the skin's outer layer, release".
     */
    static boolean closesApposedCells(Sentence s, Mention organ, int verb) {
        int end = organ.to() < s.size() && s.token(organ.to()).isPossessive() ? organ.to() + 1 : organ.to();
        int part = end;
        while (s.token(part - 1).isPossessive() && end < verb && end - part < PART_WORDS
                && s.token(end).text().matches("\\p{Ll}+")) {
            end++; // "the main cells of the skin's outer layer, pour out": the name of its part, after the possessive
        }
        if (organ.type() != EntityType.TISSUE || !s.lower(end).equals(",") || end + 1 != verb) {
            return false;
        }
        // "cells of the brain", or of an organ's named part: "cells of the lung's connective tissue"
        for (int of = organ.from() - 1; of >= Math.max(2, organ.from() - 1 - PART_WORDS); of--) {
            if (s.lower(of).equals("of")) {
                return s.lower(of - 1).equals("cells") && s.lower(of - 2).matches("[\\p{L}-]+")
                        && !s.lower(of - 2).equals("the");
            }
        }
        return false;
    }

    /**
     * Past the bare cells an organ's name is placed by, "that cells lining the lungs release": the token before the
     * cells, where the placing word at k follows them; else k.
     */
    static int beforePlacedCells(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int placing = s.lower(k).equals("the") ? k - 1 : k; // the organ's article, before its name
        Mention cells = PLACING.contains(s.lower(placing)) ? r.endingAt(si, placing - 1) : null;
        if (cells != null) {
            return organOf(r, cells) != null ? cells.from() - 1 : k;
        }
        Mention organ = r.startingAt(si, placing + (s.lower(placing + 1).equals("the") ? 2 : 1));
        boolean placed = PLACING.contains(s.lower(placing)) && s.lower(placing - 1).equals("cells") && organ != null
                && organ.type() == EntityType.TISSUE; // "that cells lining the lungs release", no mention for "cells"
        return placed ? placing - 2 : k;
    }
}
