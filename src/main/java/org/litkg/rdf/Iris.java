package org.litkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.litkg.document.Hashing;
import org.litkg.document.Slugs;
import org.litkg.recognition.EntityType;

/**
 * Mints litkg's IRIs. Every IRI is derived from content (a document's id, an entity's kind and
 * label, a statement's parts), never from a counter or a clock, so a rebuild from the same
 * documents gives the same IRIs and reading a document twice adds nothing.
 */
public final class Iris {

    public static final Node ENTITIES_GRAPH = graph("entities");
    public static final Node STATEMENTS_GRAPH = graph("statements");
    public static final Node PROVENANCE_GRAPH = graph("provenance");
    public static final Node ONTOLOGY_GRAPH = graph("ontology");

    private Iris() {
    }

    public static Node entity(EntityType.Kind kind, String slug) {
        return NodeFactory.createURI(LKG.ID + kind.segment() + "/" + slug);
    }

    public static Node document(String docId) {
        return NodeFactory.createURI(LKG.ID + "doc/" + Slugs.of(docId));
    }

    public static Node documentGraph(String docId) {
        return NodeFactory.createURI(LKG.GRAPH + "doc/" + Slugs.of(docId));
    }

    public static Node study(String docId, int ordinal) {
        return NodeFactory.createURI(LKG.ID + "study/" + Slugs.of(docId) + "-" + ordinal);
    }

    /** An evidence node: one per place a statement was read. */
    public static Node evidence(String... parts) {
        return NodeFactory.createURI(LKG.ID + "evidence/" + digest(parts));
    }

    /** The aggregate node of a statement (subject, property, object) across all documents. */
    public static Node statement(Node s, Node p, Node o) {
        return NodeFactory.createURI(LKG.ID + "statement/" + digest(s.getURI(), p.getURI(), o.getURI()));
    }

    public static Node build(String fingerprint) {
        return NodeFactory.createURI(LKG.ID + "build/" + fingerprint.substring(0, Math.min(16, fingerprint.length())));
    }

    private static Node graph(String name) {
        return NodeFactory.createURI(LKG.GRAPH + name);
    }

    private static String digest(String... parts) {
        return Hashing.sha256(String.join("\u0001", parts)).substring(0, 20);
    }
}
