package org.litkg.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.ingest.InputLimits;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.pipeline.Pipeline;
import org.litkg.server.KgServer;
import org.litkg.store.KnowledgeStore;

/**
 * What the tests of writing over HTTP share: the real server, with writing on, and a read-only one, on a real TDB2
 * store built from the example graph for each test class, and the requests and store reads they make.
 */
abstract class LiveStoreTest {

    static final String TOKEN = "test-token-0123456789abcdef";
    static final InputLimits LIMITS = new InputLimits(64 * 1024, 5_000, 10, 64);
    static FusekiServer server;
    static FusekiServer readOnly;
    static DatasetGraph dsg;
    static String base;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        Path dir = tmp.resolve("store");
        KnowledgeStore.build(dir, ExampleGraph.result().dataset(), "test");
        dsg = KnowledgeStore.open(dir);
        Pipeline pipeline = new Pipeline(List.of());
        server = KgServer.start(dsg, new KgServer.Options(0, 30_000, null, true),
                new KgServer.Writing(WriteAccess.withToken(TOKEN), () -> pipeline, LIMITS, 0));
        readOnly = KgServer.start(dsg, new KgServer.Options(0, 30_000, null, false));
        base = "http://localhost:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
        readOnly.stop();
        KnowledgeStore.close(dsg);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder post(String pathAndQuery, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Set<String> quads() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> all = new TreeSet<>();
            dsg.find().forEachRemaining(q -> all.add(q.toString()));
            return all;
        });
    }

    static String select(String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")).body();
    }
}
