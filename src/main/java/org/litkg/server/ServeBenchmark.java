package org.litkg.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Sends a fixed mix of queries at a fixed concurrency, for a bounded time, to a plain Fuseki
 * server on the store, to litkg's server on the store, and to litkg's server answering from its
 * in-memory copy ({@code serve --in-memory}), in the same run, taking turns; reports queries per
 * second and the 50th and 99th percentile latency of each. Every answer must be a 200, or the
 * run counts it as an error.
 */
public final class ServeBenchmark {

    /** What one server did at one concurrency. */
    public record Result(String server, int concurrency, long queries, long errors, double seconds, double p50Millis,
                         double p99Millis) {
        public double queriesPerSecond() {
            return queries / seconds;
        }
    }

    private final List<String> queries;
    private final Duration duration;
    private final Consumer<String> progress;

    public ServeBenchmark(List<String> queries, Duration duration, Consumer<String> progress) {
        this.queries = List.copyOf(queries);
        this.duration = duration;
        this.progress = progress;
    }

    /** Runs every concurrency against both servers; the servers are started here and stopped after. */
    public List<Result> run(DatasetGraph dsg, int[] concurrencies) throws Exception {
        FusekiServer plain = FusekiServer.create().port(0).add("/ds", dsg, false).build().start();
        FusekiServer litkg = KgServer.start(dsg, new KgServer.Options(0, 60_000, null));
        FusekiServer memory = KgServer.start(dsg, new KgServer.Options(0, 60_000, null, true));
        try {
            progress.accept("waiting for the in-memory copy");
            awaitCopy(memory);
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("plain Fuseki", "http://localhost:" + plain.getPort() + "/ds/query");
            endpoints.put("litkg", "http://localhost:" + litkg.getPort() + KgServer.DATASET + "/sparql");
            endpoints.put("litkg memory", "http://localhost:" + memory.getPort() + KgServer.DATASET + "/sparql");
            List<Result> results = new ArrayList<>();
            for (int c : concurrencies) {
                progress.accept("concurrency " + c + ": warming up the servers");
                for (String endpoint : endpoints.values()) {
                    load(endpoint, c, Duration.ofSeconds(2));
                }
                for (Map.Entry<String, String> e : endpoints.entrySet()) {
                    progress.accept("concurrency " + c + ": " + e.getKey());
                    results.add(named(e.getKey(), c, load(e.getValue(), c, duration)));
                }
            }
            return results;
        } finally {
            plain.stop();
            litkg.stop();
            memory.stop();
        }
    }

    /** Waits until the server's dataset has been replaced by its in-memory copy. */
    private static void awaitCopy(FusekiServer server) throws InterruptedException {
        Object first = server.getDataAccessPointRegistry().get(KgServer.DATASET).getDataService();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (server.getDataAccessPointRegistry().get(KgServer.DATASET).getDataService() == first) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the in-memory copy was not ready within 10 minutes");
            }
            Thread.sleep(50);
        }
    }

    private static Result named(String server, int c, Result r) {
        return new Result(server, c, r.queries(), r.errors(), r.seconds(), r.p50Millis(), r.p99Millis());
    }

    private Result load(String endpoint, int concurrency, Duration time) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + time.toNanos();
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int first = w;
                running.add(workers.submit(() -> {
                    int next = first;
                    while (System.nanoTime() < end) {
                        String query = queries.get(next++ % queries.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Accept", "application/sparql-results+json")
                                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                    .build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (resp.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            workers.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result("", concurrency, sorted.size(), errors.get(), seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int at = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, at)) / 1e6;
    }
}
