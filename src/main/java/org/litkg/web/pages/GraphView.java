package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;

/** Read helpers over the union graph for the pages. Callers hold a read transaction. */
final class GraphView {

    final DatasetGraph dsg;
    final Graph union;

    GraphView(DatasetGraph dsg) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
    }

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        union.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        return out;
    }

    Optional<Node> object(Node s, Node p) {
        return objects(s, p).stream().findFirst();
    }

    Optional<String> literal(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    long integer(Node s, Node p, long otherwise) {
        return literal(s, p).map(Long::parseLong).orElse(otherwise);
    }

    /** The label a person reads: rdfs:label, a document's title, or the last part of the IRI. */
    String label(Node n) {
        return literal(n, Vocab.label).or(() -> literal(n, Vocab.title)).orElseGet(() -> {
            String iri = n.isURI() ? n.getURI() : n.toString();
            return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        });
    }

    /** The ontology's label of a class or property ("blocks", "published in", "Receptor"). */
    String termLabel(Node term) {
        Graph ontology = dsg.getGraph(Iris.ONTOLOGY_GRAPH);
        var labels = ontology.find(term, Vocab.label, Node.ANY);
        try {
            if (labels.hasNext()) {
                return labels.next().getObject().getLiteralLexicalForm();
            }
        } finally {
            labels.close();
        }
        String iri = term.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** The local name of an entity's most specific litkg class, as a CSS class ("Receptor"). */
    String kind(Node n) {
        return objects(n, Vocab.type).stream().filter(t -> t.isURI() && t.getURI().startsWith(LKG.NS))
                .map(t -> t.getURI().substring(LKG.NS.length())).findFirst().orElse("Thing");
    }

    boolean exists(Node n) {
        return union.contains(n, Node.ANY, Node.ANY);
    }
}
