package org.litkg.recognition;

import java.util.List;

/**
 * One lexicon entry: a thing with a preferred label, synonyms and standard identifiers.
 *
 * @param id            stable key, unique across lexicons (e.g. "hgnc-2561")
 * @param type          entity type
 * @param label         preferred name
 * @param synonyms      every name it is written as, the label included
 * @param xrefs         identifiers as CURIEs (HGNC:2561, UniProt:P61073, DrugBank:DB06809, ...)
 * @param caseSensitive match only as written (journals named by ordinary words: Cell, Blood)
 * @param needsContext  match only where a publication context makes it a journal name
 */
public record LexiconEntry(String id, EntityType type, String label, List<String> synonyms, List<String> xrefs,
                           boolean caseSensitive, boolean needsContext) {

    public LexiconEntry {
        synonyms = List.copyOf(synonyms);
        xrefs = List.copyOf(xrefs);
    }
}
