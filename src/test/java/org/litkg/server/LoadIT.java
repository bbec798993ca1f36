package org.litkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.litkg.Prerequisite;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.store.KnowledgeStore;

/**
 * A load test on loopback with Debian's wrk, bounded in time: the server answers every request
 * (no errors, no non-2xx) at 32 connections, more than it runs at once, so the admission limit is
 * exercised too. The figures are printed, not asserted: speed is for benchmarks.
 */
@Timeout(120)
class LoadIT {

    private static final Path WRK = Path.of("/usr/bin/wrk");

    @Test
    void test_the_endpoint_answers_every_request_of_a_bounded_wrk_run() throws Exception {
        Prerequisite.require(Files.isExecutable(WRK), "wrk", "apt-get install -y wrk");
        DatasetGraph dsg = ExampleGraph.open();
        FusekiServer server = KgServer.start(dsg, new KgServer.Options(0, 30_000, null, true));
        try {
            String query = "PREFIX lkg: <https://w3id.org/litkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?drug ?receptor WHERE { ?d lkg:blocks ?r . ?d rdfs:label ?drug . ?r rdfs:label ?receptor }";
            String url = "http://localhost:" + server.getPort() + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            // wrk counts a reply slower than its 2 s default as a socket error: on a busy shared machine
            // that is timing, not failure, so only real errors (non-2xx, refused or broken sockets) fail
            Process wrk = new ProcessBuilder(WRK.toString(), "-t2", "-c32", "-d6s", "--timeout", "30s", "--latency", "-H",
                    "Accept: application/sparql-results+json", url).redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(wrk.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, wrk.exitValue(), out);
            Matcher requests = Pattern.compile("(\\d+) requests in").matcher(out);
            Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
            assertTrue(requests.find() && rate.find(), out);
            assertTrue(Long.parseLong(requests.group(1)) > 100, out);
            assertTrue(!out.contains("Non-2xx") && !out.contains("Socket errors"), "every request answered with 2xx: " + out);
            System.out.printf("wrk: %s requests, %s requests/s, 0 errors, 32 connections for 6 s%n", requests.group(1), rate.group(1));
        } finally {
            server.stop();
            KnowledgeStore.close(dsg);
        }
    }
}
