package org.litkg.extraction;

import static org.litkg.extraction.ProteinNominals.CELLS;
import static org.litkg.extraction.ProteinNominals.RECEPTORS;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

/**
 * The phrase after "on" that places a protein on cells ("the CXCR4 receptor on T cells", "CCR5 expressed on
 * macrophages"): where it names the protein after the cells ("on T cells called CD4"), the side of the cell
 * ("on the surface of"), and where a noun no name covers ends it before any cells ("on the newcomers and waves them
 * in").
 */
final class CellPhrases {

    private CellPhrases() {
    }

    /** How far after "on" or "inside" a cell phrase may run before "called" names the protein. */
    private static final int CELL_PHRASE_WORDS = 5;

    /** The protein named after "called" or "named" that closes the cell phrase after token {@code on}, else null. */
    static Argument calledAfter(Reading r, int si, int on, int[] found) {
        Sentence s = r.sentence(si);
        for (int k = on + 1; k < Math.min(s.size() - 1, on + 2 + CELL_PHRASE_WORDS); k++) {
            if (s.lower(k).equals("called") || s.lower(k).equals("named")) {
                Mention m = r.startingAt(si, s.lower(k + 1).equals("the") ? k + 2 : k + 1);
                Argument a = m == null || m.anaphoric() ? null : r.argument(m, RECEPTORS);
                if (a != null) {
                    found[0] = m.from();
                    found[1] = m.to();
                }
                return a;
            }
        }
        return null;
    }

    /** The receptor named after the comma that closes the cell phrase after token {@code on}, else null. */
    static Argument namedAfterCells(Reading r, int si, int on, int[] found) {
        int[] cellAt = new int[2];
        if (r.rightOf(si, on, CELL_PHRASE_WORDS, CELLS, cellAt) == null
                || !r.sentence(si).lower(cellAt[1]).equals(",")) {
            return null;
        }
        Mention m = r.startingAt(si, cellAt[1] + 1);
        Argument a = m == null || m.anaphoric() ? null : r.argument(m, RECEPTORS);
        if (a != null) {
            found[0] = m.from();
            found[1] = m.to();
        }
        return a;
    }

    /** "the surface of", "the outside of" at k: the side of a cell a protein sits on. */
    static boolean isSurfaceOf(Sentence s, int k) {
        return s.lower(k).equals("the") && (s.lower(k + 1).equals("surface") || s.lower(k + 1).equals("outside"))
                && s.lower(k + 2).equals("of");
    }

    /**
     * Whether a noun no name covers ends the phrase after "on" before the cells found at {@code cellsFrom}: "binds CCR9
     * on the newcomers and waves them in" places CCR9 on the newcomers, not on what "them" stands for.
     */
    static boolean unnamedBefore(Reading r, int si, int on, int cellsFrom) {
        Sentence s = r.sentence(si);
        for (int k = on + 2; k < cellsFrom; k++) {
            boolean ends = s.lower(k).equals("and") || s.lower(k).equals("or") || s.lower(k).equals(",");
            if (ends && s.token(k - 1).pos().equals("NOUN") && r.endingAt(si, k - 1) == null) {
                return true;
            }
        }
        return false;
    }
}
