package org.litkg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.document.Hashing;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.ExtractionCodec;
import org.litkg.pipeline.CorpusFingerprint;
import org.litkg.pipeline.Pipeline;
import org.litkg.rdf.Beliefs;
import org.litkg.rdf.EntityResolver;
import org.litkg.rdf.EntityTable;
import org.litkg.rdf.GraphBuilder;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.recognition.DocumentEntities;
import scala.Tuple2;

/**
 * litkg's build as a Spark job: JSON Lines in, N-Quads shards out, the same graph the single-machine
 * build makes of the same file. The stages mirror {@link Pipeline#stream}: read each line into a
 * document (ids made distinct as the single-machine reader does); read each document into its
 * compact reading, kept by Spark in memory or on disk; reduce the entity readings of the corpus to
 * its entity table, resolve it on the driver and broadcast it; map each reading to its document's
 * quads; reduce each triple's evidence to its belief; and write the entities and the build activity
 * from the driver. Every stage is per document or a merge that ignores order, which is what makes
 * the graph independent of partitioning.
 *
 * <p>Usage: {@code SparkBuild INPUT.jsonl OUTPUT_DIR [--lexicon FILE]... [--partitions N]}. The
 * lexicon files must be readable at the same path on every executor.
 */
public final class SparkBuild {

    /** What a job did, for its summary line. */
    public record Summary(long documents, long quads, List<String> errors) {
    }

    private final JavaSparkContext spark;
    private final List<String> lexiconFiles;

    public SparkBuild(JavaSparkContext spark, List<String> lexiconFiles) {
        this.spark = spark;
        this.lexiconFiles = List.copyOf(lexiconFiles);
    }

    public static void main(String[] args) {
        Arguments a = Arguments.parse(args);
        if (a == null) {
            System.err.println("usage: SparkBuild INPUT.jsonl OUTPUT_DIR [--lexicon FILE]... [--partitions N]");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("litkg build").setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.ui.enabled", "false").setIfMissing("spark.ui.showConsoleProgress", "true");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            Summary s = new SparkBuild(spark, a.lexicons()).run(a.input(), a.output(), a.partitions());
            s.errors().forEach(e -> System.err.println("litkg: error: " + e));
            System.err.printf("litkg: wrote %,d quads from %,d documents to %s%n", s.quads(), s.documents(), a.output());
            System.exit(s.errors().isEmpty() ? 0 : 1);
        }
    }

    /** Runs the job: reads {@code input}, writes N-Quads shards (part-NNNNN files) into the new folder {@code output}. */
    public Summary run(String input, String output, int partitions) {
        Instant started = Instant.now();
        String fingerprint = fingerprint(input);
        List<String> lexicons = lexiconFiles;

        JavaPairRDD<String, Long> lines = spark.textFile(input, partitions > 0 ? partitions : spark.defaultMinPartitions()).zipWithIndex()
                .filter(l -> !l._1().isBlank());
        JavaRDD<Read> read = lines.map(l -> Read.of(l._1(), input + " line " + (l._2() + 1)));
        JavaRDD<Document> documents = withDistinctIds(read.filter(r -> r.document() != null).map(Read::document));
        JavaRDD<Reading> readings = documents.mapPartitions(docs -> readAll(docs, lexicons))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        List<String> errors = new ArrayList<>(read.filter(r -> r.error() != null).map(Read::error).collect());
        errors.addAll(readings.filter(r -> r.error() != null).map(Reading::error).collect());
        JavaRDD<byte[]> ok = readings.filter(r -> r.bytes() != null).map(Reading::bytes);

        long documentsRead = ok.count();
        System.err.printf("litkg: read %,d documents (%d could not be read); resolving their entities%n", documentsRead, errors.size());
        EntityTable table = new EntityTable();
        ok.flatMapToPair(SparkBuild::entityReadings).reduceByKey(EntityTable.Tally::merge).collect()
                .forEach(t -> table.add(t._1(), t._2()));
        Broadcast<EntityTable> shared = spark.broadcast(table);
        long tableId = shared.id();
        EntityResolver entities = ExecutorCache.resolver(tableId, lexicons, table);
        String buildIri = Iris.build(fingerprint).getURI();
        Instant readAt = Instant.now();

        JavaRDD<String> documentQuads = ok.mapPartitions(part -> {
            EntityResolver r = ExecutorCache.resolver(tableId, lexicons, shared.value());
            List<String> out = new ArrayList<>();
            part.forEachRemaining(bytes -> out.add(nquads(g -> g.document(ExtractionCodec.decode(bytes), r, NodeFactory.createURI(buildIri), readAt))));
            return out.iterator();
        });
        JavaRDD<String> statementQuads = ok.mapPartitionsToPair(part -> {
            EntityResolver r = ExecutorCache.resolver(tableId, lexicons, shared.value());
            GraphBuilder g = new GraphBuilder(Pipeline.VERSION, StreamRDFLib.sinkNull());
            Node build = NodeFactory.createURI(buildIri);
            part.forEachRemaining(bytes -> g.document(ExtractionCodec.decode(bytes), r, build, readAt));
            List<Tuple2<String, Beliefs.Tally>> out = new ArrayList<>();
            g.tallies().forEach((t, tally) -> out.add(new Tuple2<>(key(t), tally)));
            return out.iterator();
        }).reduceByKey(Beliefs.Tally::merge).map(t -> statement(t._1(), t._2())).filter(s -> !s.isEmpty());
        String driverQuads = nquads(g -> {
            g.entities(entities);
            g.activity(NodeFactory.createURI(buildIri), LKG.Build, started, Instant.now());
        });

        System.err.printf("litkg: %,d distinct entity readings; writing the graph to %s%n", table.size(), output);
        LongAccumulator quads = spark.sc().longAccumulator("quads");
        documentQuads.union(statementQuads).union(spark.parallelize(List.of(driverQuads), 1))
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    quads.add(s.chars().filter(c -> c == '\n').count() + 1);
                    return s;
                })
                .saveAsTextFile(output);
        readings.unpersist();
        shared.destroy();
        ExecutorCache.forget(tableId);
        return new Summary(documentsRead, quads.value(), errors);
    }

    /** A line read: a document, or what was wrong with it. */
    record Read(Document document, String error) implements java.io.Serializable {
        static Read of(String line, String where) {
            try {
                return new Read(new DocumentReader().jsonLine(line, where), null);
            } catch (IllegalArgumentException e) {
                return new Read(null, where + ": " + e.getMessage());
            }
        }
    }

    /** A document read: its reading as bytes ({@link ExtractionCodec}), or why it could not be read. */
    record Reading(byte[] bytes, String error) implements java.io.Serializable {
    }

    /**
     * The single-machine reader gives a later document whose id an earlier one with other text has
     * the id plus its hash; here "earlier" is the line order, found by grouping on the id.
     */
    private static JavaRDD<Document> withDistinctIds(JavaRDD<Document> documents) {
        Map<String, String> contested = documents.zipWithIndex()
                .mapToPair(d -> new Tuple2<>(d._1().id(), new FirstText(d._2(), d._1().sha256(), false)))
                .reduceByKey(FirstText::merge)
                .filter(t -> t._2().contested())
                .mapValues(FirstText::sha256)
                .collectAsMap();
        Map<String, String> firstSha = Map.copyOf(contested);
        return documents.map(d -> !firstSha.containsKey(d.id()) || firstSha.get(d.id()).equals(d.sha256()) ? d
                : d.withId(DocumentReader.distinctId(d.id(), d.sha256())));
    }

    /** The text that came first under one id, and whether another text came under it too. */
    record FirstText(long index, String sha256, boolean contested) implements java.io.Serializable {
        FirstText merge(FirstText o) {
            FirstText first = index <= o.index ? this : o;
            return new FirstText(first.index, first.sha256, contested || o.contested || !sha256.equals(o.sha256));
        }
    }

    private static Iterator<Reading> readAll(Iterator<Document> documents, List<String> lexiconFiles) {
        Pipeline pipeline = ExecutorCache.pipeline(lexiconFiles);
        List<Reading> out = new ArrayList<>();
        documents.forEachRemaining(d -> {
            try {
                DocumentExtraction x = pipeline.extract(d).withoutAnalysis();
                out.add(new Reading(ExtractionCodec.encode(x), null));
            } catch (RuntimeException e) {
                out.add(new Reading(null, d.source() + ": could not be analysed (" + e + "); please report this"));
            }
        });
        return out.iterator();
    }

    private static Iterator<Tuple2<EntityTable.Signature, EntityTable.Tally>> entityReadings(byte[] bytes) {
        List<Tuple2<EntityTable.Signature, EntityTable.Tally>> out = new ArrayList<>();
        for (DocumentEntities.Entity e : ExtractionCodec.decode(bytes).recognized().entities().all()) {
            out.add(new Tuple2<>(EntityTable.Signature.of(e), EntityTable.Tally.of(e)));
        }
        return out.iterator();
    }

    /** A triple of IRIs as a shuffle key: its three IRIs, which hold no spaces. */
    private static String key(Triple t) {
        return t.getSubject().getURI() + " " + t.getPredicate().getURI() + " " + t.getObject().getURI();
    }

    private static String statement(String key, Beliefs.Tally tally) {
        String[] iris = key.split(" ");
        Triple t = Triple.create(NodeFactory.createURI(iris[0]), NodeFactory.createURI(iris[1]), NodeFactory.createURI(iris[2]));
        return nquadsOf(sink -> Beliefs.add(sink, t, tally));
    }

    /** What {@code build} sends a fresh graph builder, as N-Quads lines without the final newline. */
    private static String nquads(java.util.function.Consumer<GraphBuilder> build) {
        return nquadsOf(sink -> build.accept(new GraphBuilder(Pipeline.VERSION, sink)));
    }

    private static String nquadsOf(java.util.function.Consumer<StreamRDF> write) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StreamRDF sink = StreamRDFWriter.getWriterStream(text, RDFFormat.NQUADS, null);
        sink.start();
        write.accept(sink);
        sink.finish();
        return text.toString(StandardCharsets.UTF_8).stripTrailing();
    }

    /** The single-machine build's fingerprint where the input is a local file; else one of its name. */
    private String fingerprint(String input) {
        Path local = Path.of(input.startsWith("file:") ? input.substring(5) : input);
        List<Path> lexicons = lexiconFiles.stream().map(Path::of).toList();
        return Files.isRegularFile(local) ? CorpusFingerprint.of(List.of(local), lexicons)
                : Hashing.sha256("litkg " + Pipeline.VERSION + " " + input + " " + lexiconFiles);
    }

    /** The command line. */
    record Arguments(String input, String output, List<String> lexicons, int partitions) {
        static Arguments parse(String[] args) {
            List<String> positional = new ArrayList<>();
            List<String> lexicons = new ArrayList<>();
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--lexicon") && i + 1 < args.length) {
                    lexicons.add(args[++i]);
                } else if (args[i].equals("--partitions") && i + 1 < args.length) {
                    partitions = Integer.parseInt(args[++i]);
                } else if (args[i].startsWith("--")) {
                    return null;
                } else {
                    positional.add(args[i]);
                }
            }
            return positional.size() == 2 ? new Arguments(positional.get(0), positional.get(1), lexicons, partitions) : null;
        }
    }
}
