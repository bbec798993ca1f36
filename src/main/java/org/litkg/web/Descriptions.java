package org.litkg.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;

/**
 * What the server answers when an IRI is dereferenced: a bounded description, as Wikidata and
 * DBpedia give one.
 *
 * <ul>
 *   <li>A document: its whole named graph (metadata, text, mentions, relations, evidence).</li>
 *   <li>Anything else: the triples it is the subject of, with the nodes named by its own
 *       fragments ({@code evidence#subject} selectors); the triples that point at it, except
 *       mention spans; the statement nodes (belief, counts) of the relations in and out; and the
 *       label of every litkg node it links to, so a client can show names without another request.</li>
 * </ul>
 *
 * Callers hold a read transaction.
 */
public final class Descriptions {

    private Descriptions() {
    }

    /** The description, or an empty graph when the store knows nothing of {@code iri}. */
    public static Graph describe(DatasetGraph dsg, Node iri) {
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(Vocab.prefixes().getMapping());
        Node documentGraph = documentGraphOf(iri);
        if (documentGraph != null && dsg.containsGraph(documentGraph)) {
            dsg.getGraph(documentGraph).find().forEach(description::add);
        } else {
            Graph union = dsg.getUnionGraph();
            List<Triple> relations = new ArrayList<>();
            union.find(iri, Node.ANY, Node.ANY).forEach(t -> {
                description.add(t);
                if (isOwnFragment(iri, t.getObject())) {
                    union.find(t.getObject(), Node.ANY, Node.ANY).forEach(description::add);
                } else if (isRelation(t)) {
                    relations.add(t);
                }
            });
            union.find(Node.ANY, Node.ANY, iri).forEach(t -> {
                if (!t.getPredicate().equals(LKG.refersTo)) {
                    description.add(t);
                    if (isRelation(t)) {
                        relations.add(t);
                    }
                }
            });
            for (Triple relation : relations) {
                union.find(Node.ANY, Vocab.reifies, NodeFactory.createTripleTerm(relation)).forEach(r -> {
                    if (union.contains(r.getSubject(), Vocab.type, LKG.Statement)) {
                        union.find(r.getSubject(), Node.ANY, Node.ANY).forEach(description::add);
                    }
                });
            }
        }
        if (!description.isEmpty()) {
            addNeighbourLabels(dsg, description);
        }
        return description;
    }

    /** {@code .../id/doc/x} is read from the graph {@code .../graph/doc/x}. */
    static Node documentGraphOf(Node iri) {
        String prefix = LKG.ID + "doc/";
        if (iri.isURI() && iri.getURI().startsWith(prefix)) {
            return NodeFactory.createURI(LKG.GRAPH + "doc/" + iri.getURI().substring(prefix.length()));
        }
        return null;
    }

    private static boolean isOwnFragment(Node iri, Node object) {
        return object.isURI() && object.getURI().startsWith(iri.getURI() + "#");
    }

    /** A relation between two litkg nodes: an lkg: property with an IRI object. */
    public static boolean isRelation(Triple t) {
        return t.getPredicate().getURI().startsWith(LKG.NS) && t.getObject().isURI()
                && t.getSubject().isURI() && t.getObject().getURI().startsWith(LKG.ID)
                && t.getSubject().getURI().startsWith(LKG.ID)
                && !t.getPredicate().equals(LKG.mentions) && !t.getPredicate().equals(LKG.refersTo)
                && !t.getPredicate().equals(LKG.document);
    }

    private static void addNeighbourLabels(DatasetGraph dsg, Graph description) {
        Graph union = dsg.getUnionGraph();
        List<Node> neighbours = new ArrayList<>();
        description.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(LKG.ID)) {
                    neighbours.add(n);
                }
            }
        });
        for (Node n : neighbours) {
            union.find(n, Vocab.label, Node.ANY).forEach(description::add);
        }
    }
}
