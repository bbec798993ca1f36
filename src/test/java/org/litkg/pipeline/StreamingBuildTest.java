package org.litkg.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litkg.GraphAssertions;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.ExtractionCodec;
import org.litkg.rdf.EntityResolver;
import org.litkg.rdf.GraphBuilder;
import org.litkg.rdf.KnownEntities;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streamed build (workers, spill file, entity table) against the plainest build there is: every
 * reading held in a list, resolved and mapped in one go. Documents are the development and
 * held-out news sets, which share drugs, receptors, journals and organisations across documents.
 */
class StreamingBuildTest {

    private static Pipeline pipeline;
    private static List<Document> documents;

    @BeforeAll
    static void read() {
        pipeline = new Pipeline(List.of());
        documents = new ArrayList<>();
        new DocumentReader().read(List.of(Path.of("data/eval")), documents::add, e -> { throw new AssertionError(e.toString()); });
        assertTrue(documents.size() >= 15, "expected the evaluation documents, found " + documents.size());
    }

    @Test
    void test_streamed_build_gives_the_graph_of_the_whole_corpus_held_in_memory() {
        List<DocumentExtraction> extractions = documents.stream().map(d -> pipeline.extract(d).withoutAnalysis()).toList();
        EntityResolver entities = new EntityResolver(extractions, pipeline.lexicon(), KnownEntities.none());
        DatasetGraph inMemory = GraphBuilder.build(Pipeline.VERSION, extractions, entities, "test", Instant.now(), Instant.now());

        DatasetGraph streamed = streamed(documents, 2);

        assertSameQuads(inMemory, streamed);
        assertTrue(streamed.find(Node.ANY, Node.ANY, Vocab.reifies, Node.ANY).hasNext(), "the graph holds statements");
    }

    @Test
    void test_neither_document_order_nor_thread_count_changes_the_graph() {
        List<Document> reversed = new ArrayList<>(documents);
        Collections.reverse(reversed);
        assertSameQuads(streamed(documents, 1), streamed(reversed, 3));
    }

    @Test
    void test_a_reading_read_back_from_its_bytes_maps_to_the_same_quads() {
        long quads = 0;
        for (Document d : documents) {
            DocumentExtraction x = pipeline.extract(d).withoutAnalysis();
            DocumentExtraction back = ExtractionCodec.decode(ExtractionCodec.encode(x));
            EntityResolver entities = new EntityResolver(List.of(x), pipeline.lexicon(), KnownEntities.none());
            EntityResolver entitiesBack = new EntityResolver(List.of(back), pipeline.lexicon(), KnownEntities.none());
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            DatasetGraph built = GraphBuilder.build("t", List.of(x), entities, "f", t, t);
            GraphAssertions.assertSameQuads(built, GraphBuilder.build("t", List.of(back), entitiesBack, "f", t, t),
                    GraphAssertions.TIMES_ASIDE);
            quads += built.stream().count();
            assertEquals(x.statements().size(), back.statements().size(), d.id());
            assertEquals(x.studies().size(), back.studies().size(), d.id());
        }
        // a short document (a signature, a citation alert) may map to few quads; the corpus as a whole to many
        assertTrue(quads > 100 * documents.size() / 2, "real graphs, not empty ones: " + quads + " quads");
    }

    private static DatasetGraph streamed(List<Document> docs, int threads) {
        DatasetGraph dsg = GraphBuilder.inMemory();
        Pipeline.Summary s = pipeline.stream(sink -> docs.forEach(sink), docs.size(), List.of(), "test",
                StreamRDFLib.dataset(dsg), threads, m -> { });
        assertEquals(docs.size(), s.documents());
        assertTrue(s.errors().isEmpty(), s.errors().toString());
        assertEquals(dsg.stream().count(), s.quads(), "the summary counts every quad sent (none twice)");
        return dsg;
    }

    private static void assertSameQuads(DatasetGraph expected, DatasetGraph actual) {
        GraphAssertions.assertSameQuads(expected, actual, GraphAssertions.TIMES_ASIDE);
        assertTrue(expected.stream().count() > 100, "a real graph, not two empty ones");
    }
}
