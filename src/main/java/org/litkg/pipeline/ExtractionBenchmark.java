package org.litkg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDFLib;
import org.litkg.document.Document;

/**
 * Measures the whole pipeline (analysis, entities, relations, evidence, RDF) against the bare
 * OpenNLP analysis it is built on (sentences, tokens, POS tags), on the same documents in the same
 * run, with one thread and with every core, after a warm-up. Times are wall-clock times of whole
 * passes over the corpus; the heap is sampled while the full pipeline runs on every core.
 */
public final class ExtractionBenchmark {

    /** One pass: how long it took, and for the full pipeline how many quads it made. */
    public record Pass(double seconds, long quads) {
    }

    /** The figures of a run. */
    public record Report(int documents, long words, int cores, Pass bare1, Pass bareN, Pass full1, Pass fullN,
                         long peakHeapBytes) {

        public double wordsPerSecond(Pass p) {
            return words / p.seconds();
        }
    }

    private final Pipeline pipeline;
    private final Consumer<String> progress;

    public ExtractionBenchmark(Pipeline pipeline, Consumer<String> progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    public Report run(List<Document> documents, int warmUpDocuments) {
        long words = documents.stream().mapToLong(d -> words(d.text())).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        List<Document> warmUp = documents.subList(0, Math.min(warmUpDocuments, documents.size()));
        progress.accept("warming up on " + warmUp.size() + " documents");
        onThreads(cores, () -> bare(warmUp));
        full(warmUp, cores);
        progress.accept("bare OpenNLP analysis, 1 thread");
        Pass bare1 = onThreads(1, () -> bare(documents));
        progress.accept("bare OpenNLP analysis, " + cores + " threads");
        Pass bareN = onThreads(cores, () -> bare(documents));
        progress.accept("full pipeline, 1 thread");
        Pass full1 = timed(() -> full(documents, 1));
        progress.accept("full pipeline, " + cores + " threads");
        HeapSampler heap = new HeapSampler();
        Pass fullN;
        try {
            fullN = timed(() -> full(documents, cores));
        } finally {
            heap.stop();
        }
        return new Report(documents.size(), words, cores, bare1, bareN, full1, fullN, heap.peak());
    }

    private long bare(List<Document> documents) {
        documents.parallelStream().forEach(pipeline::analyzeBare);
        return 0;
    }

    /** The whole build, streamed as {@code build} and {@code serve} run it, its quads counted and dropped. */
    private long full(List<Document> documents, int threads) {
        return pipeline.stream(sink -> documents.forEach(sink), documents.size(), List.of(), "benchmark",
                StreamRDFLib.sinkNull(), threads, m -> { }).quads();
    }

    /** Runs {@code work} with its parallel streams on a pool of {@code threads}; times the whole. */
    private static Pass onThreads(int threads, Supplier<Long> work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return timed(() -> pool.submit(work::get).join());
        } finally {
            pool.shutdown();
        }
    }

    private static Pass timed(Supplier<Long> work) {
        long start = System.nanoTime();
        long quads = work.get();
        return new Pass((System.nanoTime() - start) / 1e9, quads);
    }

    static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** The largest heap in use, sampled every 10 ms on a daemon thread. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        long peak() {
            return peak.get();
        }
    }
}
