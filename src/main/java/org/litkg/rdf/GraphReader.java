package org.litkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Reading litkg's graph node by node, for the exports and the pages: the values of a property,
 * the nodes that reify a relation (its statement and its evidence), local names. Callers hold a
 * read transaction on the dataset the graph comes from.
 */
public class GraphReader {

    protected final Graph graph;

    public GraphReader(Graph graph) {
        this.graph = graph;
    }

    public List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        return out;
    }

    public Optional<Node> object(Node s, Node p) {
        return objects(s, p).stream().findFirst();
    }

    public List<String> literals(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
    }

    public Optional<String> literal(Node s, Node p) {
        return literals(s, p).stream().findFirst();
    }

    /** The nodes of class {@code type} that reify {@code triple}: its lkg:Statement, or its lkg:Evidence nodes. */
    public List<Node> reifiers(Triple triple, Node type) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, Vocab.reifies, NodeFactory.createTripleTerm(triple)).forEach(t -> {
            if (graph.contains(t.getSubject(), Vocab.type, type)) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /** The last part of an IRI, after its final '/' or '#': "blocks", "Receptor", "cxcr4". */
    public static String localName(Node n) {
        String iri = n.isURI() ? n.getURI() : n.toString();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
