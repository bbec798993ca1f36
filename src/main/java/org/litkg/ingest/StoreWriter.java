package org.litkg.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.litkg.document.Document;
import org.litkg.document.Hashing;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.pipeline.Pipeline;
import org.litkg.rdf.Beliefs;
import org.litkg.rdf.EntityResolver;
import org.litkg.rdf.GraphBuilder;
import org.litkg.rdf.Iris;
import org.litkg.rdf.KnownEntities;
import org.litkg.rdf.LKG;
import org.litkg.rdf.ResolvedEntity;
import org.litkg.rdf.Vocab;
import org.litkg.recognition.Lexicon;

/**
 * Adds documents to a store that already holds others, and removes them, inside the caller's
 * write transaction: the document graphs, their entities (matched to the stored ones by name),
 * the provenance of the ingest, and the statements graph recomputed for every triple whose
 * evidence changed. A document sent again unchanged (same id, same text) adds nothing; sent with
 * new text it replaces the old version. Removing a document removes its evidence, the statements
 * no other document supports, and the entities no other document mentions.
 *
 * <p>Only one thread writes (see {@link IngestQueue}); it owns this object.
 */
public final class StoreWriter {

    /** What happened to one document. */
    public enum Status { ADDED, REPLACED, UNCHANGED, REMOVED, NOT_FOUND }

    /** One document's outcome: its id and IRI, and the quads its graph holds now. */
    public record Outcome(String id, String iri, Status status, long quads, int statements, int entities) {
    }

    /** Names added and names removed, for the label index once the transaction has committed. */
    public record Change(List<Quad> addedNames, List<Quad> removedNames) {
    }

    private final DatasetGraph store;
    private final Lexicon lexicon;
    private KnownEntities known;
    private final List<Quad> addedNames = new ArrayList<>();
    private final List<Quad> removedNames = new ArrayList<>();

    /** Reads the stored entities; call inside a read or write transaction on {@code store}. */
    public StoreWriter(DatasetGraph store, Lexicon lexicon) {
        this.store = store;
        this.lexicon = lexicon;
        this.known = KnownEntities.of(store);
    }

    /** Adds {@code extractions} (read outside the transaction), in order; a later one with an id wins. */
    public List<Outcome> add(List<DocumentExtraction> extractions, Instant started) {
        Map<String, DocumentExtraction> fresh = new LinkedHashMap<>();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Set<Triple> touched = new LinkedHashSet<>();
        Set<Node> mentionedBefore = new HashSet<>();
        Set<String> replaced = new HashSet<>();
        for (DocumentExtraction x : extractions) {
            Document d = x.recognized().analyzed().document();
            Optional<String> storedSha = storedSha(d.id());
            if (storedSha.isPresent() && storedSha.get().equals(d.sha256()) && !fresh.containsKey(d.id())) {
                outcomes.put(d.id(), new Outcome(d.id(), Iris.document(d.id()).getURI(), Status.UNCHANGED,
                        graphSize(d.id()), 0, 0));
                continue;
            }
            if (storedSha.isPresent()) {
                removeGraph(d.id(), touched, mentionedBefore);
                replaced.add(d.id());
            }
            fresh.remove(d.id());
            fresh.put(d.id(), x);
        }
        if (!fresh.isEmpty()) {
            List<DocumentExtraction> batch = List.copyOf(fresh.values());
            EntityResolver entities = new EntityResolver(batch, lexicon, known);
            DatasetGraph quads = GraphBuilder.inMemory();
            GraphBuilder builder = new GraphBuilder(Pipeline.VERSION, StreamRDFLib.dataset(quads));
            builder.documents(batch, entities, ingestActivity(batch, started), started, Instant.now());
            retypeStored(entities);
            quads.find().forEachRemaining(q -> {
                store.add(q);
                if (isName(q)) {
                    addedNames.add(q);
                }
            });
            for (ResolvedEntity e : entities.all()) {
                List<String> names = new ArrayList<>(List.of(e.label()));
                names.addAll(e.altLabels());
                known.add(new KnownEntities.Known(e.iri(), e.type(), e.label()), names);
            }
            touched.addAll(builder.touchedTriples());
            for (DocumentExtraction x : batch) {
                String id = x.recognized().analyzed().document().id();
                int statements = (int) x.statements().stream().filter(s -> !s.evidence().negated()).count();
                outcomes.remove(id);
                outcomes.put(id, new Outcome(id, Iris.document(id).getURI(), replaced.contains(id) ? Status.REPLACED : Status.ADDED,
                        graphSize(id), statements, x.recognized().entities().all().size()));
            }
        }
        touched.forEach(t -> Beliefs.recompute(store, t));
        removeOrphans(mentionedBefore);
        return List.copyOf(outcomes.values());
    }

    /** Removes the document {@code id}: its graph, its provenance, the evidence-less statements and orphaned entities. */
    public Outcome remove(String id) {
        Node doc = Iris.document(id);
        if (storedSha(id).isEmpty()) {
            return new Outcome(id, doc.getURI(), Status.NOT_FOUND, 0, 0, 0);
        }
        Set<Triple> touched = new LinkedHashSet<>();
        Set<Node> mentioned = new HashSet<>();
        long quads = graphSize(id);
        removeGraph(id, touched, mentioned);
        touched.forEach(t -> Beliefs.recompute(store, t));
        removeOrphans(mentioned);
        return new Outcome(id, doc.getURI(), Status.REMOVED, quads, 0, 0);
    }

    /** What the label index must learn from the changes made since the last call. */
    public Change drainChange() {
        Change change = new Change(List.copyOf(addedNames), List.copyOf(removedNames));
        addedNames.clear();
        removedNames.clear();
        return change;
    }

    /** After an aborted transaction: forget what was learnt in it, and read the stored entities again. */
    public void reload() {
        known = KnownEntities.of(store);
        addedNames.clear();
        removedNames.clear();
    }

    private Optional<String> storedSha(String id) {
        var it = store.find(Iris.documentGraph(id), Iris.document(id), LKG.sha256, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private long graphSize(String id) {
        return store.stream(Iris.documentGraph(id), Node.ANY, Node.ANY, Node.ANY).count();
    }

    private void removeGraph(String id, Set<Triple> touched, Set<Node> mentioned) {
        Node g = Iris.documentGraph(id);
        Node doc = Iris.document(id);
        store.find(g, Node.ANY, Vocab.reifies, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isTripleTerm()) {
                touched.add(q.getObject().getTriple());
            }
        });
        store.find(g, doc, LKG.mentions, Node.ANY).forEachRemaining(q -> mentioned.add(q.getObject()));
        store.find(g, doc, Vocab.title, Node.ANY).forEachRemaining(removedNames::add);
        store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        store.deleteAny(Iris.PROVENANCE_GRAPH, doc, Node.ANY, Node.ANY);
        store.deleteAny(Iris.PROVENANCE_GRAPH, Node.ANY, Vocab.used, doc);
    }

    private void removeOrphans(Set<Node> candidates) {
        for (Node e : candidates) {
            if (!store.find(Node.ANY, Node.ANY, LKG.mentions, e).hasNext()) {
                store.find(Iris.ENTITIES_GRAPH, e, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (isName(q)) {
                        removedNames.add(q);
                    }
                });
                store.deleteAny(Iris.ENTITIES_GRAPH, e, Node.ANY, Node.ANY);
                known.remove(e);
            }
        }
    }

    /** A stored entity read now as a more specific type (Protein, then Receptor) keeps one type. */
    private void retypeStored(EntityResolver entities) {
        for (ResolvedEntity e : entities.all()) {
            known.byIri(e.iri()).filter(k -> k.type() != e.type()).ifPresent(k ->
                    store.delete(Iris.ENTITIES_GRAPH, e.iri(), Vocab.type, LKG.term(k.type().className())));
        }
    }

    private static boolean isName(Quad q) {
        Node p = q.getPredicate();
        return q.getObject().isLiteral() && (p.equals(Vocab.label) || p.equals(Vocab.altLabel) || p.equals(Vocab.title));
    }

    /** One IRI per commit of a batch, from what it read and when (provenance is the one place a clock enters). */
    private static Node ingestActivity(List<DocumentExtraction> batch, Instant started) {
        StringBuilder parts = new StringBuilder(started.toString());
        for (DocumentExtraction x : batch) {
            parts.append('|').append(x.recognized().analyzed().document().sha256());
        }
        return NodeFactory.createURI(LKG.ID + "ingest/" + Hashing.sha256(parts.toString()).substring(0, 20));
    }
}
