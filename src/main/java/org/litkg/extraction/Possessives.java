package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A name in the possessive before another name: "the marrow's stromal cells", "the tumour's own macrophages". The
 * phrase stands for what is possessed, so an argument searched for to the right is the second name, not the first.
 */
final class Possessives {

    private Possessives() {
    }

    static boolean isPossessiveMark(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    /**
     * The first token of "the marrow's (own)" before a possessed name starting at {@code possessed}, or possessed itself
     * where no possessor stands before it.
     */
    static int possessorStart(Reading r, int si, int possessed) {
        Sentence s = r.sentence(si);
        int k = s.lower(possessed - 1).equals("own") ? possessed - 2 : possessed - 1;
        Mention owner = isPossessiveMark(s.lower(k)) ? r.endingAt(si, k - 1) : null;
        return owner == null ? possessed : owner.from();
    }

    /**
     * Whether mention m is followed by "'s" (and perhaps "own") and then a name of another type that can be the
     * argument, or is an organ that names whose cells come right after it: "made by lymph node stromal cells".
     */
    static boolean possessesNext(Reading r, int si, Mention m, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        Mention cells = m.type() == EntityType.TISSUE ? r.startingAt(si, m.to()) : null;
        if (cells != null && cells.type() == EntityType.CELL_TYPE && r.argument(cells, allowed) != null) {
            return true;
        }
        if (!isPossessiveMark(s.lower(m.to()))) {
            return false;
        }
        int next = s.lower(m.to() + 1).equals("own") ? m.to() + 2 : m.to() + 1;
        Mention possessed = r.startingAt(si, next);
        // "Kirkwood University's School of Medicine": an organisation's part, where the whole will do as well
        return possessed != null && possessed.type() != m.type() && r.argument(possessed, allowed) != null;
    }
}
