package org.litkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.litkg.document.Hashing;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.rdf.Iris;
import org.litkg.rdf.LKG;
import org.litkg.store.KnowledgeStore;

/**
 * The store never loses an acknowledged document: a real {@code litkg serve} process with writing
 * on is killed with SIGKILL at random moments (during its first build, during ingests, during
 * compactions, which it runs every few commits) while a client sends thousands of documents and
 * sends again whatever was not acknowledged. Afterwards every acknowledged document must be in
 * the store whole, and nothing but sent documents may be there.
 */
@Timeout(900)
class CrashRecoveryIT {

    private static final String TOKEN = "crash-test-token-0123456789";
    private static final int DOCUMENTS = 3_000;
    private static final int BATCH = 25;
    private static final int KILLS = 6;
    /** How long a restarted server may take to answer: its store reopens and its journal replays. */
    private static final Duration RESTART = Duration.ofMinutes(3);
    private static final Pattern ACK = Pattern.compile("\"id\":\"(doc-crash-\\d+)\",\"iri\":\"[^\"]+\",\"status\":\"(\\w+)\",\"quads\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path work;
    private volatile int port;
    private volatile Process server;

    private static String text(int i) {
        return "The drug CRX-" + i + " blocks CXCR4 and binds CCR5, researchers at the Crash Institute reported in 2024.";
    }

    private Process start() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(work.resolve("server.log"), "--- the test starts litkg serve on port " + port + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = "target/litkg.jar:" + Files.readString(Path.of("target/classpath.txt")).strip();
        return new ProcessBuilder(java, "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, "org.litkg.cli.Main", "serve",
                "--data", work.resolve("corpus").toString(), "--store", work.resolve("store").toString(), "--port", String.valueOf(port),
                "--no-in-memory", "--token-file", work.resolve("token").toString(), "--compact-after", "15")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile())).start();
    }

    /** The servers' log (every start appends to it), its last lines, for a failure's message. */
    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(work.resolve("server.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(the log is unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Starts the server (as {@link #server}) and waits until it answers. A start that lost its port to another
     * process between the test's choice of a free port and the server's bind is tried again on another port; any
     * other failure to come back is the store's and is returned as false.
     */
    private boolean restart() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            long logged = Files.size(work.resolve("server.log"));
            server = start();
            if (ready(server, RESTART)) {
                return true;
            }
            byte[] log = Files.readAllBytes(work.resolve("server.log"));
            String since = new String(log, (int) logged, log.length - (int) logged, java.nio.charset.StandardCharsets.UTF_8);
            if (server.isAlive() || !since.contains("is already in use")) {
                return false;
            }
        }
        return false;
    }

    private boolean ready(Process p, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    private HttpResponse<String> postBatch(int from) throws IOException, InterruptedException {
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < Math.min(DOCUMENTS, from + BATCH); i++) {
            lines.append("{\"id\":\"doc-crash-").append(i).append("\",\"text\":\"").append(text(i)).append("\"}\n");
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kg/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(lines.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void test_every_acknowledged_document_survives_repeated_kill_9_whole() throws Exception {
        work = Files.createTempDirectory("litkg-crash");
        Files.createDirectories(work.resolve("corpus"));
        for (String name : List.of("cornell-fibrolamellar-amd3100.txt", "drakx-liver-cancer-escape.txt")) {
            Files.copy(Path.of("data/corpus", name), work.resolve("corpus").resolve(name));
        }
        Files.writeString(work.resolve("token"), TOKEN + "\n");
        Random random = new Random(20261121);

        // A kill while the store is first built leaves no store or a whole one; the next start builds or reuses it.
        Process first = start();
        Thread.sleep(1_500 + random.nextInt(1_500));
        first.destroyForcibly().waitFor();

        Map<String, Long> acknowledged = new HashMap<>();
        assertTrue(restart(), "the server came back after a kill during its first build:\n" + logTail());
        // The killer strikes at random moments, whatever the server is doing: reading, committing, compacting.
        AtomicInteger kills = new AtomicInteger(1);
        AtomicReference<String> killerFailure = new AtomicReference<>();
        Thread killer = new Thread(() -> {
            try {
                while (kills.get() < KILLS) {
                    Thread.sleep(500 + random.nextInt(2_500));
                    server.destroyForcibly().waitFor();
                    kills.incrementAndGet();
                    if (!restart()) {
                        killerFailure.set("the server did not come back within " + RESTART + " after kill " + kills.get()
                                + (server.isAlive() ? " (still running)" : " (exited " + server.exitValue() + ")"));
                        return;
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                killerFailure.set("the killer failed: " + e);
            }
        }, "killer");
        killer.start();
        int from = 0;
        int requests = 0;
        int interrupted = 0;
        long lastAcknowledged = System.nanoTime();
        try {
            while (from < DOCUMENTS) {
                // Without these the loop would resend forever to a server that never came back or hangs.
                assertNull(killerFailure.get(), () -> killerFailure.get() + "; its log ends:\n" + logTail());
                assertTrue(System.nanoTime() - lastAcknowledged < RESTART.plusMinutes(1).toNanos(),
                        () -> "no batch was acknowledged for " + RESTART.plusMinutes(1) + "; the log ends:\n" + logTail());
                HttpResponse<String> r;
                try {
                    requests++;
                    r = postBatch(from);
                } catch (IOException e) {
                    interrupted++; // killed mid-request: not acknowledged, so sent again once the server is back
                    Thread.sleep(200);
                    continue;
                }
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
                Matcher m = ACK.matcher(r.body());
                while (m.find()) {
                    acknowledged.put(m.group(1), Long.parseLong(m.group(3)));
                }
                from += BATCH;
                lastAcknowledged = System.nanoTime();
            }
            killer.join(RESTART.toMillis() + 10_000);
            assertNull(killerFailure.get(), () -> killerFailure.get() + "; its log ends:\n" + logTail());
            assertTrue(server.isAlive(), "the server is up after " + kills.get() + " kills:\n" + logTail());
        } finally {
            killer.interrupt();
            server.destroyForcibly().waitFor();
        }

        assertEquals(DOCUMENTS, acknowledged.size());
        DatasetGraph dsg = KnowledgeStore.open(work.resolve("store"));
        try {
            int checked = Txn.calculateRead(dsg, () -> {
                Map<Node, String> shaByDoc = new HashMap<>();
                dsg.find(Node.ANY, Node.ANY, LKG.sha256, Node.ANY).forEachRemaining(q -> shaByDoc.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
                int n = 0;
                for (int i = 0; i < DOCUMENTS; i++) {
                    String id = "doc-crash-" + i;
                    Node doc = Iris.document(id);
                    assertEquals(Hashing.sha256(text(i)), shaByDoc.remove(doc), id + " is missing or has other text");
                    long quads = dsg.stream(Iris.documentGraph(id), Node.ANY, Node.ANY, Node.ANY).count();
                    assertTrue(quads > 0, id + " has an empty graph");
                    assertEquals(acknowledged.get(id), quads, id + " does not hold the quads its acknowledgement counted");
                    n++;
                }
                shaByDoc.keySet().removeIf(d -> !d.getURI().contains("doc-crash-"));
                assertTrue(shaByDoc.isEmpty(), "documents nobody sent: " + shaByDoc.keySet());
                return n;
            });
            System.out.printf("crash test: %d kills survived (one during the first build), %d requests (%d cut by a kill), "
                    + "%d documents checked whole%n", kills.get() + 1, requests, interrupted, checked);
        } finally {
            KnowledgeStore.close(dsg);
        }
        ExampleGraph.deleteQuietly(work); // reached only when every check passed: a failure keeps the server's log
    }
}
