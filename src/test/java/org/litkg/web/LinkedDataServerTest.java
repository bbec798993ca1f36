package org.litkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;
import org.litkg.server.KgServer;
import org.litkg.store.KnowledgeStore;

/**
 * Linked data, VoID, service description, search and CORS over HTTP, against the real server on a
 * TDB2 store. Two servers share the store, as they once could not: the text index then enlisted in
 * every TDB2 transaction and the second start deadlocked; the time limit turns such a hang into a failure.
 */
@Timeout(120)
class LinkedDataServerTest {

    private static final Node PLERIXAFOR = NodeFactory.createURI(LKG.ID + "drug/plerixafor");
    private static final Node CXCR4 = NodeFactory.createURI(LKG.ID + "protein/cxcr4");
    private static final Node VOID_TRIPLES = NodeFactory.createURI(DatasetDescription.VOID + "triples");
    private static final Node VOID_ENTITIES = NodeFactory.createURI(DatasetDescription.VOID + "entities");
    private static DatasetGraph dsg;
    private static FusekiServer server;
    private static FusekiServer deployed;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        dsg = ExampleGraph.open();
        server = KgServer.start(dsg, new KgServer.Options(0, 30_000, null));
        deployed = KgServer.start(dsg, new KgServer.Options(0, 30_000, "https://kg.example.org/"));
        base = "http://localhost:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
        deployed.stop();
        KnowledgeStore.close(dsg);
    }

    private static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @Test
    void test_entity_iri_answers_in_every_rdf_format_by_accept_header() throws Exception {
        for (Representation r : Representation.values()) {
            if (!r.isRdf()) {
                continue;
            }
            HttpResponse<String> resp = get(base + "/id/drug/plerixafor", "Accept", r.mediaType());
            assertEquals(200, resp.statusCode(), r + ": " + resp.body());
            assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(r.mediaType()), r.toString());
            assertEquals("Accept", resp.headers().firstValue("Vary").orElse(""), r.toString());
            Graph g = parse(resp.body(), r.lang());
            assertTrue(g.contains(PLERIXAFOR, LKG.term("blocks"), CXCR4), r + " lacks plerixafor blocks CXCR4");
            assertTrue(g.contains(PLERIXAFOR, Vocab.altLabel, NodeFactory.createLiteralString("AMD3100")), r.toString());
            assertTrue(g.contains(CXCR4, Vocab.label, NodeFactory.createLiteralString("CXCR4")),
                    r + " should name the entities it links to");
        }
    }

    @Test
    void test_format_parameter_overrides_accept_and_bad_values_are_refused() throws Exception {
        HttpResponse<String> nt = get(base + "/id/protein/cxcr4?format=nt", "Accept", "text/html");
        assertEquals(200, nt.statusCode());
        assertTrue(parse(nt.body(), Lang.NTRIPLES).contains(PLERIXAFOR, LKG.term("blocks"), CXCR4));
        HttpResponse<String> bad = get(base + "/id/protein/cxcr4?format=xlsx");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("unknown format 'xlsx'"), bad.body());
        HttpResponse<String> unacceptable = get(base + "/id/protein/cxcr4", "Accept", "image/png");
        assertEquals(406, unacceptable.statusCode());
        assertTrue(unacceptable.body().contains("text/turtle"), unacceptable.body());
    }

    @Test
    void test_unknown_iris_are_404_in_data_and_in_html() throws Exception {
        assertEquals(404, get(base + "/id/drug/no-such-drug").statusCode());
        HttpResponse<String> page = get(base + "/id/drug/no-such-drug", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Not in the graph"));
        assertEquals(404, get(base + "/id/").statusCode());
        assertEquals(404, get(base + "/id/drug/%3Cscript%3E").statusCode());
    }

    @Test
    void test_document_iri_gives_its_graph_with_text_and_mentions() throws Exception {
        Node doc = NodeFactory.createURI(LKG.ID + "doc/ucsf-science-immunology-cxcl12");
        Graph g = parse(get(base + "/id/doc/ucsf-science-immunology-cxcl12", "Accept", "text/turtle").body(), Lang.TURTLE);
        String text = g.find(doc, LKG.text, Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(text.contains("CXCL12"));
        // Every mention span points at text naming its entity's kind of thing: check CXCL12's spans.
        Node cxcl12 = NodeFactory.createURI(LKG.ID + "protein/cxcl12");
        Set<String> named = new HashSet<>();
        g.find(Node.ANY, LKG.refersTo, cxcl12).forEach(t -> {
            String[] offsets = t.getSubject().getURI().replaceFirst(".*#char=", "").split(",");
            named.add(text.substring(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])));
        });
        assertTrue(named.contains("CXCL12"), named.toString());
        assertTrue(g.contains(doc, LKG.mentions, cxcl12));
    }

    @Test
    void test_void_counts_match_the_store() throws Exception {
        HttpResponse<String> resp = get(base + "/.well-known/void");
        assertEquals(200, resp.statusCode());
        Graph voidGraph = parse(resp.body(), Lang.TURTLE);
        Node dataset = NodeFactory.createURI(base + "/.well-known/void#litkg");
        long[] expected = Txn.calculateRead(dsg, () -> {
            Set<Triple> distinct = new HashSet<>();
            dsg.find().forEachRemaining(q -> distinct.add(q.asTriple()));
            long blocks = distinct.stream().filter(t -> t.getPredicate().equals(LKG.term("blocks"))).count();
            long drugs = distinct.stream().filter(t -> t.getPredicate().equals(Vocab.type) && t.getObject().equals(LKG.term("Drug"))).count();
            return new long[] {distinct.size(), blocks, drugs};
        });
        assertEquals(expected[0], integer(voidGraph, dataset, VOID_TRIPLES));
        assertEquals(3, integer(voidGraph, dataset, NodeFactory.createURI(DatasetDescription.VOID + "documents")));
        assertEquals(expected[1], partition(voidGraph, "propertyPartition", "property", LKG.term("blocks"), VOID_TRIPLES));
        assertEquals(expected[2], partition(voidGraph, "classPartition", "class", LKG.term("Drug"), VOID_ENTITIES));
        assertTrue(voidGraph.contains(dataset, NodeFactory.createURI(DatasetDescription.VOID + "sparqlEndpoint"),
                NodeFactory.createURI(base + "/kg/sparql")));
        assertTrue(voidGraph.find(dataset, NodeFactory.createURI(DatasetDescription.VOID + "exampleResource"), Node.ANY)
                .hasNext());
    }

    private static long integer(Graph g, Node s, Node p) {
        return Long.parseLong(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static long partition(Graph g, String partitionProperty, String keyProperty, Node key, Node countProperty) {
        Node partitionP = NodeFactory.createURI(DatasetDescription.VOID + partitionProperty);
        Node keyP = NodeFactory.createURI(DatasetDescription.VOID + keyProperty);
        return g.find(Node.ANY, partitionP, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(part -> g.contains(part, keyP, key)).mapToLong(part -> integer(g, part, countProperty))
                .findFirst().orElse(-1);
    }

    @Test
    void test_public_base_url_is_used_for_absolute_links() throws Exception {
        String deployedBase = "http://localhost:" + deployed.getPort();
        Graph voidGraph = parse(get(deployedBase + "/.well-known/void?format=nt").body(), Lang.NTRIPLES);
        assertTrue(voidGraph.contains(NodeFactory.createURI("https://kg.example.org/.well-known/void#litkg"),
                NodeFactory.createURI(DatasetDescription.VOID + "sparqlEndpoint"),
                NodeFactory.createURI("https://kg.example.org/kg/sparql")));
    }

    @Test
    void test_sparql_endpoint_without_query_describes_the_service() throws Exception {
        HttpResponse<String> resp = get(base + "/kg/sparql", "Accept", "text/turtle");
        assertEquals(200, resp.statusCode(), resp.body());
        Graph sd = parse(resp.body(), Lang.TURTLE);
        Node sdEndpoint = NodeFactory.createURI(DatasetDescription.SD + "endpoint");
        assertTrue(sd.contains(Node.ANY, sdEndpoint, NodeFactory.createURI(base + "/kg/sparql")));
        // With a query, the same URL is still the endpoint.
        String query = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertTrue(get(base + "/kg/sparql?query=" + query, "Accept", "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void test_cors_is_open_without_credentials_on_read_endpoints() throws Exception {
        for (String path : new String[] {"/id/drug/plerixafor", "/.well-known/void", "/kg/sparql?query=ASK%7B%7D", "/dumps/litkg.trig"}) {
            HttpResponse<String> resp = get(base + path, "Origin", "https://notebook.example.org");
            assertEquals(200, resp.statusCode(), path);
            assertEquals("*", resp.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertTrue(resp.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
        }
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://notebook.example.org")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300, "preflight " + preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST") && !methods.contains("DELETE") && !methods.contains("PUT"), methods);
    }

    @Test
    void test_search_ranks_partial_names_and_goes_straight_to_an_exact_name() throws Exception {
        HttpResponse<String> exact = get(base + "/search?q=PLERIXAFOR");
        assertEquals(303, exact.statusCode());
        assertEquals("/id/drug/plerixafor", exact.headers().firstValue("Location").orElse(""));
        HttpResponse<String> alias = get(base + "/search?q=amd3100");
        assertEquals("/id/drug/plerixafor", alias.headers().firstValue("Location").orElse(""));
        String partial = get(base + "/search?q=plerix&format=json").body();
        assertTrue(partial.startsWith("[{\"iri\":\"" + PLERIXAFOR.getURI() + "\""), partial);
        String words = get(base + "/search?q=fibrolamellar+carc&format=json").body();
        assertTrue(words.startsWith("[{\"iri\":\"" + LKG.ID + "disease/fibrolamellar-carcinoma\""), words);
        HttpResponse<String> none = get(base + "/search?q=" + URLEncoder.encode("zzqx (\"*", StandardCharsets.UTF_8));
        assertEquals(200, none.statusCode());
        assertTrue(none.body().contains("Nothing in the graph is called that"));
    }

    @Test
    void test_text_index_answers_sparql_text_query() throws Exception {
        String query = URLEncoder.encode("PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s WHERE { ?s text:query 'plerix*' }", StandardCharsets.UTF_8);
        String csv = get(base + "/kg/sparql?query=" + query, "Accept", "text/csv").body();
        assertTrue(csv.contains(PLERIXAFOR.getURI()), csv);
    }

    @Test
    void test_pages_and_assets_are_served_locally() throws Exception {
        String home = get(base + "/").body();
        assertTrue(home.contains("Entities by class") && home.contains("/query?name=mechanism-chain"), home);
        assertFalse(home.matches("(?s).*(src|href)=\"https?://.*"), "the home page loads nothing from elsewhere");
        String entity = get(base + "/id/protein/cxcr4", "Accept", "text/html").body();
        assertTrue(entity.contains("<svg class=\"neighbourhood\""));
        assertTrue(entity.contains("<span class=\"property\">blocks</span>"));
        for (String asset : new String[] {"/assets/litkg.css", "/assets/query.js", "/assets/yasgui/yasgui.min.js",
                "/assets/yasgui/yasgui.min.css", "/assets/prefixes.json"}) {
            assertEquals(200, get(base + asset).statusCode(), asset);
        }
        assertEquals(404, get(base + "/assets/../pom.xml").statusCode());
        assertEquals(404, get(base + "/assets/org/litkg/web/litkg.css").statusCode());
        assertNull(get(base + "/").headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
    }
}
