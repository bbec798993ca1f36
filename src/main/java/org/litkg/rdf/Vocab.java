package org.litkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies litkg writes with (RDF, RDFS, SKOS, Dublin Core, PROV-O, XSD, Web Annotation). */
public final class Vocab {

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OA = "http://www.w3.org/ns/oa#";

    public static final Node type = uri(RDF + "type");
    public static final Node reifies = uri(RDF + "reifies");
    public static final Node label = uri(RDFS + "label");
    public static final Node altLabel = uri(SKOS + "altLabel");
    public static final Node exactMatch = uri(SKOS + "exactMatch");
    public static final Node title = uri(DCT + "title");
    public static final Node source = uri(DCT + "source");
    public static final Node date = uri(DCT + "date");
    public static final Node identifier = uri(DCT + "identifier");
    public static final Node activity = uri(PROV + "Activity");
    public static final Node used = uri(PROV + "used");
    public static final Node startedAtTime = uri(PROV + "startedAtTime");
    public static final Node endedAtTime = uri(PROV + "endedAtTime");
    public static final Node wasGeneratedBy = uri(PROV + "wasGeneratedBy");
    public static final Node textPositionSelector = uri(OA + "TextPositionSelector");
    public static final Node start = uri(OA + "start");
    public static final Node end = uri(OA + "end");

    private Vocab() {
    }

    /** The prefixes litkg writes Turtle and TriG with. */
    public static org.apache.jena.riot.system.PrefixMap prefixes() {
        org.apache.jena.riot.system.PrefixMap map = org.apache.jena.riot.system.PrefixMapFactory.create();
        map.add("lkg", LKG.NS);
        map.add("rdf", RDF);
        map.add("rdfs", RDFS);
        map.add("skos", SKOS);
        map.add("dcterms", DCT);
        map.add("prov", PROV);
        map.add("xsd", XSD);
        map.add("oa", OA);
        return map;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
