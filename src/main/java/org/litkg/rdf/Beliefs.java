package org.litkg.rdf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
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

    /**
     * What the evidence says of one triple: the confidences of its positive readings, the documents
     * they are in, and how many readings deny it. Tallies of parts of a corpus merge into the whole's.
     */
    public record Tally(List<Double> confidences, Set<String> documents, int negative) implements Serializable {

        public Tally {
            confidences = List.copyOf(confidences);
            documents = Set.copyOf(documents);
        }

        public static Tally of(boolean negated, double confidence, String document) {
            return negated ? new Tally(List.of(), Set.of(), 1) : new Tally(List.of(confidence), Set.of(document), 0);
        }

        public Tally merge(Tally other) {
            List<Double> c = new ArrayList<>(confidences);
            c.addAll(other.confidences);
            Set<String> d = new HashSet<>(documents);
            d.addAll(other.documents);
            return new Tally(c, d, negative + other.negative);
        }
    }

    /**
     * Sends the statement node of {@code triple} from its tally, if any reading asserts it. The
     * confidences are multiplied in sorted order, so the belief is the same however the evidence
     * was gathered.
     */
    public static void add(StreamRDF sink, Triple triple, Tally tally) {
        if (tally.confidences().isEmpty()) {
            return;
        }
        Node g = Iris.STATEMENTS_GRAPH;
        Node st = Iris.statement(triple.getSubject(), triple.getPredicate(), triple.getObject());
        double disbelief = 1;
        for (double c : tally.confidences().stream().sorted().toList()) {
            disbelief *= 1 - c;
        }
        sink.quad(Quad.create(g, st, Vocab.type, LKG.Statement));
        sink.quad(Quad.create(g, st, Vocab.reifies, NodeFactory.createTripleTerm(triple)));
        sink.quad(Quad.create(g, st, LKG.belief, GraphBuilder.decimal(1 - disbelief)));
        sink.quad(Quad.create(g, st, LKG.evidenceCount, GraphBuilder.integer(tally.confidences().size())));
        sink.quad(Quad.create(g, st, LKG.documentCount, GraphBuilder.integer(tally.documents().size())));
        sink.quad(Quad.create(g, st, LKG.negativeEvidenceCount, GraphBuilder.integer(tally.negative())));
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
        Set<String> documents = new HashSet<>();
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
            store.find(q.getGraph(), e, LKG.document, Node.ANY).forEachRemaining(d -> documents.add(d.getObject().toString()));
        }
        add(StreamRDFLib.dataset(store), triple, new Tally(confidences, documents, negative));
    }
}
