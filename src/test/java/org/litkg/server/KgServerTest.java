package org.litkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.store.KnowledgeStore;

/** The real embedded Fuseki on a free port over the example TDB2 store, spoken to over HTTP. */
class KgServerTest {

    private static final String BLOCKS = "PREFIX lkg: <https://w3id.org/litkg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?drug ?receptor WHERE { ?d lkg:blocks ?r . ?d rdfs:label ?drug . ?r rdfs:label ?receptor }";
    private static FusekiServer server;
    private static FusekiServer slowServer;
    private static DatasetGraph dsg;
    private static String base;
    /** A fresh client, so a connection the server closed after refusing a write is never reused. */
    private static HttpClient http() {
        return HttpClient.newHttpClient();
    }

    @BeforeAll
    static void start() throws Exception {
        dsg = ExampleGraph.open();
        server = KgServer.start(dsg, 0, 30_000);
        base = "http://localhost:" + server.getPort() + "/kg";
    }

    @AfterAll
    static void stop() {
        server.stop();
        if (slowServer != null) {
            slowServer.stop();
        }
        KnowledgeStore.close(dsg);
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http().send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return http().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void test_server_answers_get_in_each_results_format_from_the_union_graph() throws Exception {
        String url = base + "/sparql?query=" + encoded(BLOCKS);
        HttpResponse<String> json = get(url, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"plerixafor\"") && json.body().contains("\"CXCR4\""), json.body());
        assertTrue(get(url, "application/sparql-results+xml").body().contains("<literal>CXCR4</literal>"));
        assertTrue(get(url, "text/csv").body().contains("plerixafor,CXCR4"));
        assertTrue(get(url, "text/tab-separated-values").body().contains("\"plerixafor\"\t\"CXCR4\""));
    }

    @Test
    void test_server_answers_post_form_and_sparql_query_bodies() throws Exception {
        HttpResponse<String> form = post(base + "/sparql", "application/x-www-form-urlencoded", "query=" + encoded(BLOCKS));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("plerixafor"));
        HttpResponse<String> direct = post(base + "/sparql", "application/sparql-query", BLOCKS);
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("plerixafor"));
    }

    @Test
    void test_server_refuses_every_write() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertClientError(post(base + "/sparql", "application/sparql-update", update));
        assertClientError(post(base + "/sparql", "application/x-www-form-urlencoded", "update=" + encoded(update)));
        assertClientError(post(base + "/update", "application/sparql-update", update));
        assertClientError(http().send(HttpRequest.newBuilder(URI.create(base + "/get?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(), HttpResponse.BodyHandlers.ofString()));
        assertClientError(post(base + "/data", "text/turtle", "<urn:x> <urn:y> <urn:z> ."));
        HttpResponse<String> check = get(base + "/sparql?query=" + encoded("ASK { <urn:x> ?p ?o }"), "application/sparql-results+json");
        assertTrue(check.body().contains("false"), "the store changed: " + check.body());
    }

    @Test
    void test_server_reads_graphs_over_the_graph_store_protocol() throws Exception {
        HttpResponse<String> graph = get(base + "/get?graph=" + encoded("https://w3id.org/litkg/graph/entities"), "text/turtle");
        assertEquals(200, graph.statusCode());
        assertTrue(graph.body().contains("plerixafor"));
    }

    @Test
    void test_server_stops_a_query_that_runs_out_of_time_with_an_error() throws Exception {
        slowServer = KgServer.start(dsg, 0, 1);
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> r = get("http://localhost:" + slowServer.getPort() + "/kg/sparql?query=" + encoded(heavy),
                "application/sparql-results+json");
        assertNotEquals(200, r.statusCode(), "a timed-out query must not answer 200: " + r.body());
    }

    @Test
    void test_server_offers_whole_graph_dumps_that_read_back_as_the_store() throws Exception {
        String root = base.substring(0, base.length() - KgServer.DATASET.length());
        DatasetGraph stored = DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(stored::add));
        HttpResponse<byte[]> trig = http().send(HttpRequest.newBuilder(URI.create(root + "/dumps/litkg.trig")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, trig.statusCode());
        assertTrue(IsoMatcher.isomorphic(stored, parse(trig.body(), Lang.TRIG)));
        HttpResponse<byte[]> nq = http().send(HttpRequest.newBuilder(URI.create(root + "/dumps/litkg.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, nq.statusCode());
        assertTrue(IsoMatcher.isomorphic(stored, parse(new GZIPInputStream(new ByteArrayInputStream(nq.body())).readAllBytes(), Lang.NQUADS)));
        HttpResponse<byte[]> jsonld = http().send(HttpRequest.newBuilder(URI.create(root + "/dumps/litkg.jsonld")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/ld+json", jsonld.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(stored.stream().count() + 2 * countReifiers(stored), parse(jsonld.body(), Lang.JSONLD11).stream().count());
        assertEquals(404, get(root + "/dumps/litkg.xml", "*/*").statusCode());
    }

    private static DatasetGraph parse(byte[] body, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(body)).lang(lang).toDatasetGraph();
    }

    private static long countReifiers(DatasetGraph g) {
        return g.stream().filter(q -> q.getObject().isTripleTerm()).count();
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "expected a 4xx, got " + r.statusCode() + ": " + r.body());
    }
}
