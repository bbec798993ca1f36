package org.litkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.litkg.document.Document;
import org.litkg.document.DocumentError;
import org.litkg.document.DocumentReader;
import org.litkg.pipeline.ExtractionBenchmark;
import org.litkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litkg bench extract CORPUS}: pipeline throughput against the bare OpenNLP analysis, printed. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Load.class, BenchCommand.Serve.class, BenchCommand.Ingest.class})
final class BenchCommand {

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Runs the whole pipeline (analysis, entities, relations, evidence, RDF) over a corpus with one thread",
                    "and with every core, after a warm-up, next to the bare OpenNLP analysis (sentences, tokens, POS tags)",
                    "of the same text in the same run, and prints words/s, documents/s, triples/s, peak heap and the ratios."})
    static final class Extract implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Documents or folders (.txt, .md, .html, .jsonl).")
        List<Path> corpus = new ArrayList<>();

        @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents.")
        Integer limit;

        @Option(names = "--warm-up", defaultValue = "300", paramLabel = "N", description = "Documents to warm up on (default: ${DEFAULT-VALUE}).")
        int warmUp;

        @Mixin
        LexiconFiles lexicons;

        @Mixin
        NameModelOption names;

        @Override
        public Integer call() throws java.io.IOException {
            List<Document> documents = new ArrayList<>();
            List<DocumentError> errors = new ArrayList<>();
            new DocumentReader().read(corpus, documents::add, errors::add);
            if (limit != null && limit < documents.size()) {
                documents = documents.subList(0, limit);
            }
            if (documents.isEmpty()) {
                Progress.say("no documents to measure in " + corpus);
                return 1;
            }
            Pipeline pipeline = new Pipeline(lexicons.files, NameModelOption.load(names.given()));
            ExtractionBenchmark.Report r = new ExtractionBenchmark(pipeline, Progress::say)
                    .run(documents, warmUp);
            print(r);
            return 0;
        }

        static void print(ExtractionBenchmark.Report r) {
            System.out.printf(Locale.ROOT, "litkg %s extraction benchmark: %,d documents, %,d words, %d cores%n",
                    Pipeline.VERSION, r.documents(), r.words(), r.cores());
            System.out.printf(Locale.ROOT, "%-44s %12s %12s %10s%n", "", "1 thread", r.cores() + " threads", "speed-up");
            row("bare OpenNLP (sentences, tokens, POS), words/s", r.wordsPerSecond(r.bare1()), r.wordsPerSecond(r.bareN()));
            row("full pipeline, words/s", r.wordsPerSecond(r.full1()), r.wordsPerSecond(r.fullN()));
            row("full pipeline, documents/s", r.documents() / r.full1().seconds(), r.documents() / r.fullN().seconds());
            row("full pipeline, triples/s", r.fullN().quads() / r.full1().seconds(), r.fullN().quads() / r.fullN().seconds());
            System.out.printf(Locale.ROOT, "full / bare throughput: %.2f with 1 thread, %.2f with %d threads%n",
                    r.bare1().seconds() / r.full1().seconds(), r.bareN().seconds() / r.fullN().seconds(), r.cores());
            System.out.printf(Locale.ROOT, "quads: %,d; peak heap during the %d-thread run: %,d MB (max heap %,d MB)%n",
                    r.fullN().quads(), r.cores(), r.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }

        private static void row(String what, double one, double all) {
            System.out.printf(Locale.ROOT, "%-44s %,12.0f %,12.0f %9.2fx%n", what, one, all, all / one);
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Builds the graph of a corpus, then loads it into a TDB2 store the way litkg does (from memory, through",
                    "TDB2's parallel bulk loader) and with Jena's own parallel bulk loader from the same quads as N-Quads,",
                    "twice each in turn, and prints quads per second and store size for both."})
    static final class Load implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Documents or folders (.txt, .md, .html, .jsonl).")
        List<Path> corpus = new ArrayList<>();

        @Option(names = "--work", defaultValue = "target/bench-load", paramLabel = "DIR", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
        Path work;

        @Mixin
        LexiconFiles lexicons;

        @Override
        public Integer call() throws java.io.IOException {
            Pipeline.Result built = new Pipeline(lexicons.files).run(corpus, "benchmark", Progress::say);
            org.litkg.store.LoadBenchmark.Report r = org.litkg.store.LoadBenchmark.run(built.dataset(), work, Progress::say);
            System.out.printf(Locale.ROOT, "litkg %s load benchmark: %,d quads from %,d documents%n", Pipeline.VERSION,
                    r.litkg().quads(), built.documents());
            System.out.printf(Locale.ROOT, "%-52s %12s %10s %14s%n", "", "quads/s", "seconds", "store, MB");
            load("litkg (from memory, TDB2 parallel bulk loader)", r.litkg());
            load("Jena tdb2 parallel bulk loader (N-Quads file)", r.jena());
            System.out.printf(Locale.ROOT, "litkg / Jena: %.2f%n", r.litkg().quadsPerSecond() / r.jena().quadsPerSecond());
            return 0;
        }

        private static void load(String what, org.litkg.store.LoadBenchmark.Load l) {
            System.out.printf(Locale.ROOT, "%-52s %,12.0f %10.2f %,14.1f%n", what, l.quadsPerSecond(), l.seconds(), l.bytesOnDisk() / 1048576.0);
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Writes documents into a live store one commit each, then as concurrent requests the writer groups",
                    "into few commits, and prints commits, documents per second and the store's size before and after compaction."})
    static final class Ingest implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Documents or folders (.txt, .md, .html, .jsonl).")
        List<Path> corpus = new ArrayList<>();

        @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "Documents to write (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--work", defaultValue = "target/bench-ingest", paramLabel = "DIR", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
        Path work;

        @Mixin
        LexiconFiles lexicons;

        @Override
        public Integer call() {
            List<org.litkg.document.Document> docs = new ArrayList<>();
            new org.litkg.document.DocumentReader().read(corpus, d -> {
                if (docs.size() < limit) {
                    docs.add(d);
                }
            }, e -> Progress.say(e.toString()));
            org.litkg.ingest.IngestBenchmark.Report r = org.litkg.ingest.IngestBenchmark.run(new Pipeline(lexicons.files), docs, work);
            System.out.printf(Locale.ROOT, "litkg %s ingest benchmark: %,d documents%n", Pipeline.VERSION, docs.size());
            System.out.printf(Locale.ROOT, "%-34s %8s %10s %12s %16s%n", "", "commits", "docs/s", "store, MB", "compacted, MB");
            ingest("one document per commit", r.oneByOne());
            ingest("concurrent requests (group commit)", r.concurrent());
            return 0;
        }

        private static void ingest(String what, org.litkg.ingest.IngestBenchmark.Run run) {
            System.out.printf(Locale.ROOT, "%-34s %,8d %,10.0f %,12.1f %,16.1f%n", what, run.commits(), run.documents() / run.seconds(),
                    run.bytes() / 1048576.0, run.bytesCompacted() / 1048576.0);
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Sends the canned queries of queries/ at concurrency 1, 4 and 16, for a bounded time each, to litkg's",
                    "server (on the store, and from its in-memory copy) and to a plain Fuseki server on the same store, taking",
                    "turns, and prints queries per second and p50/p99 latency for each, with the ratios."})
    static final class Serve implements Callable<Integer> {

        @Option(names = "--store", defaultValue = "store", paramLabel = "DIR", description = "TDB2 store to serve (default: ${DEFAULT-VALUE}).")
        Path store;

        @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "Time per server and concurrency (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--concurrency", defaultValue = "1,4,16", split = ",", paramLabel = "N", description = "Concurrency levels (default: ${DEFAULT-VALUE}).")
        int[] concurrency;

        @Override
        public Integer call() throws Exception {
            List<String> mix = org.litkg.web.CannedQueries.load().stream().map(org.litkg.web.CannedQueries.Query::text).toList();
            org.apache.jena.sparql.core.DatasetGraph dsg = org.litkg.store.KnowledgeStore.open(store);
            try {
                long quads = org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.stream().count());
                List<org.litkg.server.ServeBenchmark.Result> results = new org.litkg.server.ServeBenchmark(mix,
                        java.time.Duration.ofSeconds(seconds), Progress::say).run(dsg, concurrency);
                System.out.printf(Locale.ROOT, "litkg %s serve benchmark: %,d quads in %s, %d canned queries in the mix, %d s per run%n",
                        Pipeline.VERSION, quads, store, mix.size(), seconds);
                System.out.printf(Locale.ROOT, "%-13s %11s %10s %10s %10s %8s%n", "server", "concurrency", "queries/s", "p50 ms", "p99 ms", "errors");
                for (int i = 0; i < results.size(); i += 3) {
                    var plain = results.get(i);
                    for (var r : results.subList(i, i + 3)) {
                        System.out.printf(Locale.ROOT, "%-13s %11d %10.1f %10.2f %10.2f %8d%n", r.server(), r.concurrency(),
                                r.queriesPerSecond(), r.p50Millis(), r.p99Millis(), r.errors());
                    }
                    System.out.printf(Locale.ROOT, "%-13s %11d %10.2f   (memory: %.2f)%n", "litkg/plain", plain.concurrency(),
                            results.get(i + 1).queriesPerSecond() / plain.queriesPerSecond(),
                            results.get(i + 2).queriesPerSecond() / plain.queriesPerSecond());
                }
            } finally {
                org.litkg.store.KnowledgeStore.close(dsg);
            }
            return 0;
        }
    }
}
