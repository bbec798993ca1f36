package org.litkg.rdf;

import org.apache.jena.graph.Node;
import org.litkg.extraction.Study;

/** The IRIs of the nodes of one document's statements: resolved entities and the document's studies. */
final class StatementNodes {

    private final String docId;
    private final EntityResolver entities;

    StatementNodes(String docId, EntityResolver entities) {
        this.docId = docId;
        this.entities = entities;
    }

    Node of(org.litkg.extraction.Node node) {
        if (node instanceof org.litkg.extraction.Node.EntityNode e) {
            return entities.of(e.entity()).iri();
        }
        return study(((org.litkg.extraction.Node.StudyNode) node).study());
    }

    Node study(Study study) {
        return Iris.study(docId, study.ordinal());
    }

    String label(org.litkg.extraction.Node node) {
        return node instanceof org.litkg.extraction.Node.EntityNode e ? entities.of(e.entity()).label() : "study";
    }
}
