package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "Tildrakizumab binds the p19 part of interleukin-23", "binds the p40 subunit of IL-12": a drug that binds one part
 * of a protein binds the protein, which the rest of the text goes on to name ("and stops it working").
 */
final class ProteinParts {

    private static final Set<String> PART_NOUNS = Set.of("part", "subunit", "chain", "portion", "domain");

    private ProteinParts() {
    }

    /** Where the whole protein after "m part of" starts, if m names a part of it; else -1. */
    static int wholeAfter(Reading r, int si, Mention m, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        if (!PART_NOUNS.contains(s.lower(m.to())) || !s.lower(m.to() + 1).equals("of")) {
            return -1;
        }
        int next = s.lower(m.to() + 2).equals("the") ? m.to() + 3 : m.to() + 2;
        Mention whole = r.startingAt(si, next);
        return whole != null && !whole.anaphoric() && r.argument(whole, allowed) != null ? next : -1;
    }
}
