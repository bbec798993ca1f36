package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "found on the cells of most liposarcomas": a reference to cells followed by "of" and a cancer's name is that
 * cancer's cells, which take the cancer's name, not the cell type named last before.
 */
final class CellsOfCancer {

    private CellsOfCancer() {
    }

    /** How far after "the cells of" the cancer may be named: "the cells of most myxoid/round cell liposarcomas". */
    private static final int CANCER_REACH = 6;

    /** The cancer named after the cells found at [found[0], found[1]) when they are a reference and "of" follows; else null. */
    static Mention cancerNamed(Reading r, int si, int[] found) {
        Mention cells = r.startingAt(si, found[0]);
        Sentence s = r.sentence(si);
        if (cells == null || !cells.anaphoric() || !s.lower(found[1]).equals("of")) {
            return null;
        }
        for (int k = found[1] + 1; k < Math.min(s.size(), found[1] + 1 + CANCER_REACH); k++) {
            Mention m = r.startingAt(si, k);
            if (m != null) {
                return m.type() == EntityType.CANCER ? m : null;
            }
        }
        return null;
    }

    /**
     * Where a cancer's name and the cancers coordinated with it end: "breast and ovarian cancer| cells", "chronic
     * lymphocytic leukaemia (CLL)| cells".
     */
    static int cancersEnd(Reading r, int si, int end) {
        Sentence s = r.sentence(si);
        Mention next;
        while ((s.lower(end).equals("and") || s.lower(end).equals("or") || s.lower(end).equals(","))
                && (next = r.startingAt(si, end + 1)) != null && next.type() == EntityType.CANCER) {
            end = next.to();
        }
        int bracketed = Parentheticals.after(s, end); // "chronic lymphocytic leukaemia (CLL) cells": past the bracket
        return bracketed > end && s.lower(bracketed).startsWith("cell") ? bracketed : end;
    }
}
