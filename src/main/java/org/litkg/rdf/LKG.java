package org.litkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of {@code ontology/litkg.ttl} and the IRI namespaces of litkg's data, as constants. */
public final class LKG {

    public static final String NS = "https://w3id.org/litkg/ontology#";
    public static final String ID = "https://w3id.org/litkg/id/";
    public static final String GRAPH = "https://w3id.org/litkg/graph/";

    // Classes
    public static final Node Document = term("Document");
    public static final Node Evidence = term("Evidence");
    public static final Node Statement = term("Statement");
    public static final Node Build = term("Build");
    public static final Node Ingest = term("Ingest");
    public static final Node Polarity = term("Polarity");
    public static final Node Positive = term("Positive");
    public static final Node Negative = term("Negative");

    // Evidence and provenance properties
    public static final Node document = term("document");
    public static final Node sentenceText = term("sentenceText");
    public static final Node sentenceIndex = term("sentenceIndex");
    public static final Node sentenceStart = term("sentenceStart");
    public static final Node sentenceEnd = term("sentenceEnd");
    public static final Node subjectText = term("subjectText");
    public static final Node subjectStart = term("subjectStart");
    public static final Node subjectEnd = term("subjectEnd");
    public static final Node objectText = term("objectText");
    public static final Node objectStart = term("objectStart");
    public static final Node objectEnd = term("objectEnd");
    public static final Node sentenceSelector = term("sentenceSelector");
    public static final Node subjectSelector = term("subjectSelector");
    public static final Node objectSelector = term("objectSelector");
    public static final Node triggerText = term("triggerText");
    public static final Node method = term("method");
    public static final Node pipelineVersion = term("pipelineVersion");
    public static final Node confidence = term("confidence");
    public static final Node polarity = term("polarity");
    public static final Node hedged = term("hedged");
    public static final Node belief = term("belief");
    public static final Node evidenceCount = term("evidenceCount");
    public static final Node documentCount = term("documentCount");
    public static final Node negativeEvidenceCount = term("negativeEvidenceCount");
    public static final Node sha256 = term("sha256");
    public static final Node readAt = term("readAt");
    public static final Node text = term("text");
    public static final Node mentions = term("mentions");
    public static final Node refersTo = term("refersTo");
    public static final Node reportedIn = term("reportedIn");
    public static final Node softwareVersion = term("softwareVersion");

    private LKG() {
    }

    /** The ontology term with this local name (a class for EntityType names, a property for relations). */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
