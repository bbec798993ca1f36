package org.litkg.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.recognition.LexiconEntry;

/**
 * Names two vocabularies give to different kinds of thing. DrugBank lists cell therapies under the
 * cells' own names ("Natural Killer Cell", "NK Cells"), so in running text a cell type would read as a drug; a
 * name that the Cell Ontology or the Disease Ontology also gives, in the singular or the plural, is theirs, not
 * DrugBank's. So is a name that ends in "cells" where no ontology lists it ("CAR T cells", "CAR-T cell"): running
 * text names the cells so, and calls the therapy a therapy ("CAR T-cell therapy", which stays a drug's name).
 */
public final class VocabularyConflicts {

    private VocabularyConflicts() {
    }

    /** The drug entries without the names that {@code others} use, and without entries left nameless. */
    public static List<LexiconEntry> drugsWithoutNamesOf(List<LexiconEntry> drugs, List<LexiconEntry> others) {
        Set<String> taken = new HashSet<>();
        for (LexiconEntry e : others) {
            e.synonyms().forEach(n -> taken.add(key(n)));
        }
        List<LexiconEntry> out = new ArrayList<>();
        for (LexiconEntry d : drugs) {
            List<String> kept = d.synonyms().stream().filter(n -> !taken.contains(key(n)) && !namesCells(n)).toList();
            if (kept.isEmpty()) {
                continue;
            }
            String label = kept.contains(d.label()) ? d.label() : kept.get(0);
            out.add(new LexiconEntry(d.id(), d.type(), label, kept, d.xrefs(), d.caseSensitive(), d.needsContext()));
        }
        return out;
    }

    /** A name whose last word is "cell" or "cells", hyphened or not: "CAR T cells", "CAR T-cell", "CART-cells". */
    private static final java.util.regex.Pattern CELLS_NAME = java.util.regex.Pattern.compile("(?i).*[ -]cells?");

    private static boolean namesCells(String name) {
        return CELLS_NAME.matcher(name).matches();
    }

    /** A word's plural ending, after a lower-case letter: "Cells", not an acronym's "FADS" nor "class". */
    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("(?<=[a-rt-z])s$");

    /** A name compared in lower case and in the singular: "NK Cells" and "NK cell" are one name. */
    private static String key(String name) {
        return PLURAL.matcher(name).replaceFirst("").toLowerCase(Locale.ROOT);
    }
}
