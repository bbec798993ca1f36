package org.litkg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The statements graph: for each asserted triple, a node reifying it with its evidence count, the
 * number of documents behind it, and its belief, the noisy-OR of its positive evidence confidences:
 * 1 - (1 - c1)(1 - c2)...; negated readings are counted apart and do not lower it. A triple with no
 * positive evidence has no statement node.
 */
public final class Beliefs {

    private Beliefs() {
    }

    /** Adds the statement node of {@code triple} from its evidence figures. */
    static void add(DatasetGraph dsg, Triple triple, List<Double> confidences, int documents, int negative) {
        Node g = Iris.STATEMENTS_GRAPH;
        Node st = Iris.statement(triple.getSubject(), triple.getPredicate(), triple.getObject());
        double disbelief = 1;
        for (double c : confidences) {
            disbelief *= 1 - c;
        }
        dsg.add(g, st, Vocab.type, LKG.Statement);
        dsg.add(g, st, Vocab.reifies, NodeFactory.createTripleTerm(triple));
        dsg.add(g, st, LKG.belief, GraphBuilder.decimal(1 - disbelief));
        dsg.add(g, st, LKG.evidenceCount, GraphBuilder.integer(confidences.size()));
        dsg.add(g, st, LKG.documentCount, GraphBuilder.integer(documents));
        dsg.add(g, st, LKG.negativeEvidenceCount, GraphBuilder.integer(negative));
    }

    /**
     * Recomputes the statement node of {@code triple} from the evidence the store holds now, after
     * documents were added or removed; call inside a write transaction. Evidence is found by its
     * {@code rdf:reifies} triple term, across every document graph.
     */
    public static void recompute(DatasetGraph store, Triple triple) {
        Node st = Iris.statement(triple.getSubject(), triple.getPredicate(), triple.getObject());
        store.deleteAny(Iris.STATEMENTS_GRAPH, st, Node.ANY, Node.ANY);
        List<Double> confidences = new ArrayList<>();
        Set<Node> documents = new HashSet<>();
        int negative = 0;
        List<Quad> evidence = new ArrayList<>();
        store.find(Node.ANY, Node.ANY, Vocab.reifies, NodeFactory.createTripleTerm(triple)).forEachRemaining(evidence::add);
        for (Quad q : evidence) {
            if (q.getGraph().equals(Iris.STATEMENTS_GRAPH)) {
                continue;
            }
            Node e = q.getSubject();
            if (store.contains(q.getGraph(), e, LKG.polarity, LKG.Negative)) {
                negative++;
                continue;
            }
            store.find(q.getGraph(), e, LKG.confidence, Node.ANY)
                    .forEachRemaining(c -> confidences.add(Double.parseDouble(c.getObject().getLiteralLexicalForm())));
            store.find(q.getGraph(), e, LKG.document, Node.ANY).forEachRemaining(d -> documents.add(d.getObject()));
        }
        if (!confidences.isEmpty()) {
            add(store, triple, confidences, documents.size(), negative);
        }
    }
}
