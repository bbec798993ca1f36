package org.litkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.store.KnowledgeStore;
import org.litkg.web.RawHttp;

/** The public endpoint refuses what it must, caps what it answers, and keeps answering cheap queries through bombs. */
@Timeout(120)
class PublicEndpointTest {

    private static final String CHEAP = "SELECT ?l WHERE { <https://w3id.org/litkg/id/drug/plerixafor> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    private static FusekiServer server;
    private static DatasetGraph dsg;
    private static String sparql;

    @BeforeAll
    static void start() throws Exception {
        dsg = ExampleGraph.open();
        server = KgServer.start(dsg, new KgServer.Options(0, 3_000, null, false, new QueryLimits(5, 3, 4096, 200_000, 10_000)));
        sparql = "http://localhost:" + server.getPort() + "/kg/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
        KnowledgeStore.close(dsg);
    }

    private static HttpResponse<String> query(String q) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void test_service_java_functions_and_property_functions_are_refused_with_a_reason() throws Exception {
        HttpResponse<String> service = query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        assertEquals(400, service.statusCode());
        assertTrue(service.body().contains("SERVICE is not allowed"), service.body());
        HttpResponse<String> java = query("SELECT (<java:org.apache.jena.sparql.function.library.sha1sum>(\"x\") AS ?h) WHERE {}");
        assertEquals(400, java.statusCode());
        assertTrue(java.body().contains("java:org.apache.jena"), java.body());
        HttpResponse<String> pf = query("SELECT * WHERE { ?x <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }");
        assertEquals(400, pf.statusCode(), pf.body());
        HttpResponse<String> nested = query("SELECT * WHERE { ?s ?p ?o FILTER(<java:org.example.Evil>(?o)) }");
        assertEquals(400, nested.statusCode(), nested.body());
        HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("LOAD <http://example.org/data.ttl>")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "LOAD: " + update.statusCode());
    }

    @Test
    void test_answers_over_the_row_cap_are_refused_never_cut_short() throws Exception {
        HttpResponse<String> all = query("SELECT * WHERE { ?s ?p ?o }");
        assertEquals(403, all.statusCode());
        assertTrue(all.body().contains("more than 5 rows") && all.body().contains("LIMIT 5"), all.body());
        HttpResponse<String> paged = query("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 5 OFFSET 10");
        assertEquals(200, paged.statusCode(), paged.body());
        assertEquals(6, paged.body().strip().lines().count(), "header and five rows");
        HttpResponse<String> construct = query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        assertEquals(403, construct.statusCode());
        assertTrue(construct.body().contains("triples"), construct.body());
        assertEquals(200, query(CHEAP).statusCode());
    }

    @Test
    void test_a_regex_bomb_and_a_concat_bomb_stop_with_a_message_while_cheap_queries_answer() throws Exception {
        // Java's matcher memoises the textbook (a+)+ cases; this one still backtracks for hours.
        String evil = "a".repeat(40) + "b";
        String regexBomb = "SELECT ?x WHERE { BIND(\"" + evil + "\" AS ?x) FILTER(REGEX(?x, \"^(.*a){20}$\")) }";
        String replaceBomb = "SELECT (REPLACE(\"" + evil + "\", \"^(.*a){20}$\", \"b\") AS ?x) WHERE {}";
        StringBuilder doubling = new StringBuilder("SELECT ?v30 WHERE { BIND(\"ab\" AS ?v0) ");
        for (int i = 1; i <= 30; i++) {
            doubling.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
        }
        String concatBomb = doubling.append('}').toString();
        List<CompletableFuture<HttpResponse<String>>> cheap = new ArrayList<>();
        CompletableFuture<HttpResponse<String>> regex = CompletableFuture.supplyAsync(() -> send(regexBomb));
        for (int i = 0; i < 10; i++) {
            cheap.add(CompletableFuture.supplyAsync(() -> send(CHEAP)));
        }
        HttpResponse<String> r = regex.join();
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("regular expression"), r.body());
        HttpResponse<String> rep = query(replaceBomb);
        assertEquals(400, rep.statusCode());
        assertTrue(rep.body().contains("regular expression"), rep.body());
        HttpResponse<String> c = query(concatBomb);
        assertEquals(400, c.statusCode());
        assertTrue(c.body().contains("CONCAT"), c.body());
        for (CompletableFuture<HttpResponse<String>> f : cheap) {
            HttpResponse<String> answer = f.join();
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 503, answer.statusCode() + " " + answer.body());
        }
        assertTrue(cheap.stream().anyMatch(f -> f.join().statusCode() == 200));
        assertEquals(200, query(CHEAP).statusCode());
        assertEquals(200, query("SELECT ?x WHERE { BIND(\"CXCR4\" AS ?x) FILTER(REGEX(?x, \"^cx\", \"i\")) }").statusCode());
    }

    @Test
    void test_an_expensive_query_times_out_while_others_still_answer() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        CompletableFuture<HttpResponse<String>> expensive = CompletableFuture.supplyAsync(() -> send(heavy));
        Thread.sleep(200);
        HttpResponse<String> meanwhile = query(CHEAP);
        assertEquals(200, meanwhile.statusCode(), "a cheap query answers while the expensive one runs");
        HttpResponse<String> stopped = expensive.join();
        assertTrue(stopped.statusCode() >= 400, "a timed-out query is an error: " + stopped.statusCode());
        assertEquals(200, query(CHEAP).statusCode());
    }

    @Test
    void test_a_query_request_over_the_size_limit_is_refused() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(5000);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void test_a_refused_query_body_is_read_to_its_end_and_the_connection_serves_the_next_request() throws Exception {
        String oversized = RawHttp.post("/kg/sparql", "application/sparql-query", "", 50_000);
        String cheap = "/kg/sparql?query=" + URLEncoder.encode(CHEAP, StandardCharsets.UTF_8);
        String answers = RawHttp.exchange(server.getPort(), oversized + RawHttp.lastGet(cheap));
        assertEquals(1, RawHttp.count(answers, 413), answers);
        assertEquals(1, RawHttp.count(answers, 200), answers);
    }

    private static HttpResponse<String> send(String q) {
        try {
            return query(q);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
