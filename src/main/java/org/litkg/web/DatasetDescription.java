package org.litkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;

/**
 * The VoID description of the served graph (counts of triples, entities by class, triples by
 * property, documents; the endpoint, dumps and example resources) and the SPARQL 1.1 service
 * description of its endpoint. Counted in one pass over the union graph, in the caller's read
 * transaction, so the figures are always those of the store being served.
 */
public final class DatasetDescription {

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String WELL_KNOWN_PATH = "/.well-known/void";

    /** The figures a description states. */
    public record Counts(long triples, long entities, long documents, Map<Node, Long> entitiesByClass,
                         Map<Node, Long> triplesByProperty, List<Node> examples) {
    }

    private DatasetDescription() {
    }

    public static Counts count(DatasetGraph dsg) {
        Map<Node, Long> byProperty = new HashMap<>();
        Map<Node, Long> byClass = new HashMap<>();
        long[] triples = {0};
        dsg.getUnionGraph().find().forEach(t -> {
            triples[0]++;
            byProperty.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(Vocab.type) && t.getObject().isURI()) {
                byClass.merge(t.getObject(), 1L, Long::sum);
            }
        });
        long entities = dsg.getGraph(Iris.ENTITIES_GRAPH).find(Node.ANY, Vocab.label, Node.ANY).toList().size();
        long documents = byClass.getOrDefault(LKG.Document, 0L);
        return new Counts(triples[0], entities, documents, byClass, byProperty, examples(dsg));
    }

    /** The entities with the most relations, and one document: good places to start browsing. */
    private static List<Node> examples(DatasetGraph dsg) {
        Map<Node, Integer> degree = new HashMap<>();
        dsg.getGraph(Iris.STATEMENTS_GRAPH).find(Node.ANY, Vocab.reifies, Node.ANY).forEach(t -> {
            if (t.getObject().isTripleTerm()) {
                degree.merge(t.getObject().getTriple().getSubject(), 1, Integer::sum);
                degree.merge(t.getObject().getTriple().getObject(), 1, Integer::sum);
            }
        });
        List<Node> examples = new ArrayList<>(degree.keySet());
        examples.sort(Comparator.comparing((Node n) -> -degree.get(n)).thenComparing(Node::getURI));
        List<Node> chosen = new ArrayList<>(examples.subList(0, Math.min(3, examples.size())));
        dsg.getUnionGraph().find(Node.ANY, Vocab.type, LKG.Document).nextOptional().ifPresent(t -> chosen.add(t.getSubject()));
        return chosen;
    }

    /** The VoID description: {@code <base/.well-known/void#litkg> a void:Dataset ...}. */
    public static Graph voidGraph(Site site, Counts counts) {
        Graph g = newGraph();
        Node dataset = datasetNode(site);
        g.add(dataset, Vocab.type, voidTerm("Dataset"));
        g.add(dataset, uri(Vocab.DCT + "title"), literal("litkg knowledge graph"));
        g.add(dataset, uri(Vocab.DCT + "description"), literal(
                "Entities and relations read from biomedical literature by litkg, each relation with its evidence."));
        g.add(dataset, voidTerm("sparqlEndpoint"), uri(site.sparqlEndpoint()));
        for (String dump : List.of("litkg.trig", "litkg.nq.gz", "litkg.jsonld")) {
            g.add(dataset, voidTerm("dataDump"), uri(site.url("/dumps/" + dump)));
        }
        g.add(dataset, voidTerm("uriSpace"), literal(LKG.ID));
        g.add(dataset, voidTerm("vocabulary"), uri(LKG.NS));
        g.add(dataset, voidTerm("triples"), integer(counts.triples()));
        g.add(dataset, voidTerm("entities"), integer(counts.entities()));
        g.add(dataset, voidTerm("documents"), integer(counts.documents()));
        g.add(dataset, voidTerm("classes"), integer(counts.entitiesByClass().size()));
        g.add(dataset, voidTerm("properties"), integer(counts.triplesByProperty().size()));
        for (Node example : counts.examples()) {
            g.add(dataset, voidTerm("exampleResource"), example);
        }
        counts.entitiesByClass().forEach((type, n) -> {
            Node partition = NodeFactory.createBlankNode();
            g.add(dataset, voidTerm("classPartition"), partition);
            g.add(partition, voidTerm("class"), type);
            g.add(partition, voidTerm("entities"), integer(n));
        });
        counts.triplesByProperty().forEach((property, n) -> {
            Node partition = NodeFactory.createBlankNode();
            g.add(dataset, voidTerm("propertyPartition"), partition);
            g.add(partition, voidTerm("property"), property);
            g.add(partition, voidTerm("triples"), integer(n));
        });
        return g;
    }

    /** The SPARQL 1.1 service description of {@code /kg/sparql}, with the dataset's VoID counts. */
    public static Graph serviceDescription(Site site, Counts counts) {
        Graph g = newGraph();
        Node service = uri(site.sparqlEndpoint() + "#service");
        Node dataset = datasetNode(site);
        g.add(service, Vocab.type, sdTerm("Service"));
        g.add(service, sdTerm("endpoint"), uri(site.sparqlEndpoint()));
        g.add(service, sdTerm("supportedLanguage"), sdTerm("SPARQL11Query"));
        g.add(service, sdTerm("feature"), sdTerm("UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD")) {
            g.add(service, sdTerm("resultFormat"), uri("http://www.w3.org/ns/formats/" + format));
        }
        g.add(service, sdTerm("defaultDataset"), dataset);
        g.add(dataset, Vocab.type, sdTerm("Dataset"));
        Node defaultGraph = uri(dataset.getURI() + "-default-graph");
        g.add(dataset, sdTerm("defaultGraph"), defaultGraph);
        g.add(defaultGraph, Vocab.type, sdTerm("Graph"));
        g.add(defaultGraph, voidTerm("triples"), integer(counts.triples()));
        return g;
    }

    private static Node datasetNode(Site site) {
        return uri(site.url(WELL_KNOWN_PATH) + "#litkg");
    }

    private static Graph newGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes().getMapping());
        g.getPrefixMapping().setNsPrefix("void", VOID);
        g.getPrefixMapping().setNsPrefix("sd", SD);
        return g;
    }

    private static Node voidTerm(String local) {
        return uri(VOID + local);
    }

    private static Node sdTerm(String local) {
        return uri(SD + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
