package org.litkg.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.GraphReader;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
import org.litkg.web.Descriptions;

/** Read helpers over the union graph for the pages. Callers hold a read transaction. */
final class GraphView extends GraphReader {

    final DatasetGraph dsg;
    final Graph union;

    GraphView(DatasetGraph dsg) {
        super(dsg.getUnionGraph());
        this.dsg = dsg;
        this.union = graph;
    }

    long integer(Node s, Node p, long otherwise) {
        return literal(s, p).map(Long::parseLong).orElse(otherwise);
    }

    /** The label a person reads: rdfs:label, a document's title, or the last part of the IRI. */
    String label(Node n) {
        return literal(n, Vocab.label).or(() -> literal(n, Vocab.title)).orElseGet(() -> localName(n));
    }

    /** The ontology's label of a class or property ("blocks", "published in", "Receptor"). */
    String termLabel(Node term) {
        return new GraphReader(dsg.getGraph(Iris.ONTOLOGY_GRAPH)).literal(term, Vocab.label).orElseGet(() -> localName(term));
    }

    /** The relations between litkg nodes that {@code n} takes part in, out and in. */
    List<Triple> relationsOf(Node n) {
        List<Triple> out = new ArrayList<>();
        union.find(n, Node.ANY, Node.ANY).forEach(t -> {
            if (Descriptions.isRelation(t)) {
                out.add(t);
            }
        });
        union.find(Node.ANY, Node.ANY, n).forEach(t -> {
            if (Descriptions.isRelation(t)) {
                out.add(t);
            }
        });
        return out;
    }

    /** The local name of an entity's most specific litkg class, as a CSS class ("Receptor"). */
    String kind(Node n) {
        return objects(n, Vocab.type).stream().filter(t -> t.isURI() && t.getURI().startsWith(LKG.NS))
                .map(t -> t.getURI().substring(LKG.NS.length())).findFirst().orElse("Thing");
    }
}
