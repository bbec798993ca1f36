package org.litkg.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.recognition.LexiconEntry;

/**
 * Names two vocabularies give to different kinds of thing. DrugBank lists cell therapies under the
 * cells' own names ("Natural Killer Cell"), so in running text a cell type would read as a drug; a
 * name that the Cell Ontology or the Disease Ontology also gives is theirs, not DrugBank's.
 */
public final class VocabularyConflicts {

    private VocabularyConflicts() {
    }

    /** The drug entries without the names that {@code others} use, and without entries left nameless. */
    public static List<LexiconEntry> drugsWithoutNamesOf(List<LexiconEntry> drugs, List<LexiconEntry> others) {
        Set<String> taken = new HashSet<>();
        for (LexiconEntry e : others) {
            e.synonyms().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        }
        List<LexiconEntry> out = new ArrayList<>();
        for (LexiconEntry d : drugs) {
            List<String> kept = d.synonyms().stream().filter(n -> !taken.contains(n.toLowerCase(Locale.ROOT))).toList();
            if (kept.isEmpty()) {
                continue;
            }
            String label = kept.contains(d.label()) ? d.label() : kept.get(0);
            out.add(new LexiconEntry(d.id(), d.type(), label, kept, d.xrefs(), d.caseSensitive(), d.needsContext()));
        }
        return out;
    }
}
