package org.litkg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.GraphAssertions;
import org.litkg.document.TextDecoder;
import org.litkg.pipeline.CorpusFingerprint;
import org.litkg.pipeline.Pipeline;
import org.litkg.rdf.GraphBuilder;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode against the single-machine build, on one JSON Lines corpus: litkg's
 * news documents (development and held-out sets, which share drugs, receptors and journals across
 * documents), two records under one id with different texts, a blank line and a broken line.
 */
class SparkBuildTest {

    private static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("litkg-test")
                .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "4"));
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void test_spark_job_and_single_machine_build_give_identical_graphs(@TempDir Path dir) throws IOException {
        Path corpus = corpus(dir.resolve("corpus.jsonl"));

        Pipeline.Result single = new Pipeline(List.of())
                .run(List.of(corpus), CorpusFingerprint.of(List.of(corpus), List.of()), m -> { });
        SparkBuild.Summary job = new SparkBuild(spark, List.of()).run(corpus.toString(), dir.resolve("out").toString(), 3);

        DatasetGraph shards = readShards(dir.resolve("out"));
        assertTrue(Files.list(dir.resolve("out")).filter(p -> p.getFileName().toString().startsWith("part-")).count() > 1,
                "the graph is written in shards");
        assertEquals(single.documents(), job.documents());
        assertEquals(1, job.errors().size(), job.errors().toString());
        assertEquals(single.errors().size(), job.errors().size());
        assertEquals(shards.stream().count(), job.quads(), "every quad written is counted, none twice");
        assertSameQuads(single.dataset(), shards);
        assertTrue(shards.contains(Node.ANY, Node.ANY, Vocab.title, org.apache.jena.graph.NodeFactory.createLiteralString("Twice")),
                "both records under one id are in the graph");
    }

    /** The news documents as JSON Lines, with a second text under an id already used, a blank and a broken line. */
    private static Path corpus(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "data", "eval"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                // decoded as litkg's reader decodes them: one press release among them is saved in Windows-1252
                lines.add(record(p.getFileName().toString().replace(".txt", ""), null, text(p)));
            }
        }
        assertTrue(lines.size() >= 15, "expected litkg's evaluation documents, found " + lines.size());
        lines.add("");
        lines.add(record(idOf(lines.get(0)), "Twice", "Plerixafor blocks CXCR4 on T cells, researchers at Example University report."));
        lines.add("{\"id\": \"broken\", \"text\": ");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String text(Path file) throws IOException {
        try {
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.NotTextException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String record(String id, String title, String text) {
        return "{\"id\": " + quoted(id) + (title == null ? "" : ", \"title\": " + quoted(title)) + ", \"text\": " + quoted(text) + "}";
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String idOf(String jsonLine) {
        return org.apache.jena.atlas.json.JSON.parse(jsonLine).get("id").getAsString().value();
    }

    private static DatasetGraph readShards(Path out) throws IOException {
        DatasetGraph dsg = GraphBuilder.inMemory();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                RDFParser.source(p).lang(Lang.NQUADS).parse(dsg);
            }
        }
        return dsg;
    }

    private static void assertSameQuads(DatasetGraph expected, DatasetGraph actual) {
        GraphAssertions.assertSameQuads(expected, actual, GraphAssertions.TIMES_ASIDE);
        assertTrue(expected.stream().count() > 1000, "a real graph, not two empty ones");
    }
}
