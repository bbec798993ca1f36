package org.litkg.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.GraphAssertions;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.pipeline.Pipeline;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
import org.litkg.store.KnowledgeStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents added to and removed from a real TDB2 store give the graph a batch build of the same documents gives. */
class StoreWriterTest {

    private static Pipeline pipeline;
    private static List<Document> documents;
    private final List<DatasetGraph> opened = new ArrayList<>();
    @TempDir
    Path tmp;

    @BeforeAll
    static void read() {
        pipeline = new Pipeline(List.of());
        documents = new ArrayList<>();
        new DocumentReader().read(List.of(Path.of("data/eval/news")), documents::add, e -> { throw new AssertionError(e); });
        assertTrue(documents.size() >= 6);
    }

    @AfterEach
    void close() {
        opened.forEach(KnowledgeStore::close);
    }

    private DatasetGraph batchStore(List<Document> docs) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "batch").resolve("store");
        KnowledgeStore.build(dir, pipeline.build(docs, List.of(), "test", m -> { }).dataset(), "test");
        DatasetGraph dsg = KnowledgeStore.open(dir);
        opened.add(dsg);
        return dsg;
    }

    private List<StoreWriter.Outcome> add(DatasetGraph store, List<Document> docs) {
        List<DocumentExtraction> xs = docs.stream().map(d -> pipeline.extract(d).withoutAnalysis()).toList();
        return Txn.calculateWrite(store, () -> new StoreWriter(store, pipeline.lexicon()).add(xs, Instant.now()));
    }

    /** Every quad outside the provenance graph (read times differ), without aliases (a removed document's stay). */
    private static final Predicate<Quad> CONTENT = q -> !q.getGraph().equals(Iris.PROVENANCE_GRAPH) && !q.getPredicate().equals(Vocab.altLabel);

    private static void assertSameContent(DatasetGraph expected, DatasetGraph actual) {
        GraphAssertions.assertSameQuads(expected, actual, CONTENT);
    }

    @Test
    void test_documents_added_one_commit_at_a_time_give_the_batch_graph() throws Exception {
        DatasetGraph whole = batchStore(documents);
        DatasetGraph grown = batchStore(documents.subList(0, 3));
        for (Document d : documents.subList(3, documents.size())) {
            List<StoreWriter.Outcome> outcomes = add(grown, List.of(d));
            assertEquals(StoreWriter.Status.ADDED, outcomes.get(0).status());
            assertTrue(outcomes.get(0).quads() > 10, outcomes.toString());
        }
        assertSameContent(whole, grown);
        assertTrue(Txn.calculateRead(grown, () -> KnowledgeStore.hasIngests(grown)));
        assertFalse(Txn.calculateRead(whole, () -> KnowledgeStore.hasIngests(whole)));
    }

    @Test
    void test_a_document_sent_again_unchanged_adds_nothing_and_changed_replaces_its_old_version() throws Exception {
        DatasetGraph store = batchStore(documents.subList(0, 2));
        Set<String> before = GraphAssertions.quads(store, CONTENT);
        long quadsBefore = Txn.calculateRead(store, () -> store.stream().count());
        List<StoreWriter.Outcome> again = add(store, List.of(documents.get(1)));
        assertEquals(StoreWriter.Status.UNCHANGED, again.get(0).status());
        assertEquals(quadsBefore, Txn.calculateRead(store, () -> store.stream().count()));

        Document old = documents.get(1);
        Document edited = new DocumentReader().record(old.id(), old.title(), documents.get(2).text(), old.source(), old.date());
        assertEquals(StoreWriter.Status.REPLACED, add(store, List.of(edited)).get(0).status());
        Set<String> after = GraphAssertions.quads(store, CONTENT);
        assertFalse(after.equals(before));
        String sha = Txn.calculateRead(store, () -> store.find(Iris.documentGraph(old.id()), Node.ANY, LKG.sha256, Node.ANY)
                .next().getObject().getLiteralLexicalForm());
        assertEquals(edited.sha256(), sha);
        assertEquals(1, Txn.calculateRead(store, () -> store.stream().filter(q -> q.getPredicate().equals(LKG.sha256)
                && q.getSubject().equals(Iris.document(old.id()))).count()));
    }

    @Test
    void test_removing_a_document_gives_the_graph_built_without_it() throws Exception {
        DatasetGraph without = batchStore(documents.subList(0, 4));
        DatasetGraph store = batchStore(documents.subList(0, 4));
        add(store, List.of(documents.get(4)));
        assertFalse(GraphAssertions.quads(store, CONTENT).equals(GraphAssertions.quads(without, CONTENT)));
        StoreWriter.Outcome removed = Txn.calculateWrite(store,
                () -> new StoreWriter(store, pipeline.lexicon()).remove(documents.get(4).id()));
        assertEquals(StoreWriter.Status.REMOVED, removed.status());
        assertSameContent(without, store);
        StoreWriter.Outcome missing = Txn.calculateWrite(store,
                () -> new StoreWriter(store, pipeline.lexicon()).remove("no-such-document"));
        assertEquals(StoreWriter.Status.NOT_FOUND, missing.status());
        assertEquals(0, Txn.calculateRead(store, () -> store.stream().filter(q -> q.getGraph().equals(Iris.documentGraph(documents.get(4).id()))).count()));
    }
}
