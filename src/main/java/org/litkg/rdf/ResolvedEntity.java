package org.litkg.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.litkg.recognition.EntityType;

/**
 * An entity across all documents: one IRI, one type, a preferred label, its other names, and the
 * standard identifiers its lexicon entry gives.
 */
public record ResolvedEntity(Node iri, EntityType type, String label, List<String> altLabels, List<String> xrefs) {
}
