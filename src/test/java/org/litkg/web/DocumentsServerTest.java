package org.litkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Writing to a live store over HTTP: the real server on a real TDB2 store, every bad input refused with the store unchanged. */
@Timeout(180)
class DocumentsServerTest extends LiveStoreTest {

    private static final String BLOCKERS = "PREFIX lkg: <https://w3id.org/litkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?drug WHERE { ?d lkg:blocks ?r . ?r rdfs:label \"CCR9\" . ?d rdfs:label ?drug } ORDER BY ?drug";

    @Test
    void test_a_posted_document_is_queryable_once_acknowledged_then_removed_by_delete() throws Exception {
        String text = "The CCR9 antagonist vercirnon blocks the chemokine receptor CCR9 on T cells, researchers at Stanford University reported.";
        HttpResponse<String> added = send(post("/kg/documents?id=vercirnon-news&title=Vercirnon", "text/plain", utf8(text)));
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.body().contains("\"status\":\"added\"") && added.body().contains("/id/doc/vercirnon-news"), added.body());
        assertTrue(select(BLOCKERS).contains("vercirnon"), "the acknowledged statement is queryable");

        Set<String> before = quads();
        HttpResponse<String> again = send(post("/kg/documents?id=vercirnon-news&title=Vercirnon", "text/plain", utf8(text)));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"status\":\"unchanged\""), again.body());
        assertEquals(before, quads(), "sending an unchanged document again adds nothing");

        String search = send(HttpRequest.newBuilder(URI.create(base + "/search?q=vercirnon&format=json"))).body();
        assertTrue(search.contains("/id/drug/vercirnon"), "the label index learns the new name: " + search);

        HttpResponse<String> removed = send(HttpRequest.newBuilder(URI.create(base + "/kg/documents/vercirnon-news"))
                .header("Authorization", "Bearer " + TOKEN).DELETE());
        assertEquals(200, removed.statusCode(), removed.body());
        assertFalse(select(BLOCKERS).contains("vercirnon"));
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/kg/documents/vercirnon-news"))
                .header("Authorization", "Bearer " + TOKEN).DELETE()).statusCode());
        String after = send(HttpRequest.newBuilder(URI.create(base + "/search?q=vercirnon&format=json"))).body();
        assertFalse(after.contains("/id/drug/vercirnon"), after);
    }

    @Test
    void test_json_and_json_lines_batches_add_every_record() throws Exception {
        String json = "[{\"id\":\"batch-a\",\"title\":\"A\",\"text\":\"The drug ccx282 blocks CCR9.\",\"date\":\"2024-03-15\"},"
                + "{\"id\":\"batch-b\",\"text\":\"The antibody ozoralizumab blocks CCR9 in mice.\"}]";
        HttpResponse<String> r = send(post("/kg/documents", "application/json", utf8(json)));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(2, r.body().split("\"status\":\"added\"").length - 1, r.body());
        String lines = "{\"id\":\"line-a\",\"text\":\"Zilpaxafor blocks CXCR4 in a new trial.\"}\n\n"
                + "{\"id\":\"line-b\",\"text\":\"Zilpaxafor was developed by Novartis.\"}\n";
        HttpResponse<String> l = send(post("/kg/documents", "application/x-ndjson", utf8(lines)));
        assertEquals(201, l.statusCode(), l.body());
        assertTrue(l.body().contains("/id/doc/line-a") && l.body().contains("/id/doc/line-b"), l.body());
        String article = "{\"@type\":\"NewsArticle\",\"id\":\"ld-article\",\"headline\":\"A CXCR4 pill\","
                + "\"datePublished\":\"2026-03-04T09:30:00Z\",\"articleBody\":\"Zilpaxafor blocks CXCR4 in a new trial.\"}";
        HttpResponse<String> a = send(post("/kg/documents", "application/json", utf8(article)));
        assertEquals(201, a.statusCode(), a.body());
        String stored = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(stored.contains("A CXCR4 pill") && stored.contains("2026-03-04"), "a schema.org article's fields read");
    }

    @Test
    void test_writing_needs_the_token_and_a_same_site_request() throws Exception {
        byte[] body = utf8("The drug abc123 blocks CCR9.");
        Set<String> before = quads();
        HttpRequest.Builder none = HttpRequest.newBuilder(URI.create(base + "/kg/documents")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> anonymous = send(none);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpRequest.Builder wrong = HttpRequest.newBuilder(URI.create(base + "/kg/documents")).header("Content-Type", "text/plain")
                .header("Authorization", "Bearer not-the-token-at-all-123").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        assertEquals(401, send(wrong).statusCode());
        assertEquals(403, send(post("/kg/documents", "text/plain", body).header("Origin", "https://evil.example")).statusCode());
        assertEquals(403, send(post("/kg/documents", "text/plain", body).header("Sec-Fetch-Site", "cross-site")).statusCode());
        HttpResponse<String> off = send(HttpRequest.newBuilder(URI.create("http://localhost:" + readOnly.getPort() + "/kg/documents"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(403, off.statusCode());
        assertTrue(off.body().contains("writing is off"), off.body());
        assertEquals(before, quads());
    }

    private record Bad(String name, String contentType, byte[] body, String encoding, int status, String says) {
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void test_every_bad_input_gets_a_json_error_and_leaves_the_store_exactly_as_it_was() throws Exception {
        List<Bad> bad = new ArrayList<>();
        bad.add(new Bad("malformed UTF-8", "text/plain", new byte[] {'T', 'h', 'e', (byte) 0xC3, 0x28, ' ', 'd'}, null, 400, "UTF-8"));
        bad.add(new Bad("binary", "text/plain", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3}, null, 400, "binary"));
        bad.add(new Bad("empty body", "text/plain", new byte[0], null, 400, "empty"));
        bad.add(new Bad("unsupported type", "image/png", utf8("The drug x blocks CCR9."), null, 415, "unsupported media type"));
        bad.add(new Bad("text sent as a PDF", "application/pdf", utf8("The drug x blocks CCR9."), null, 400, "not a PDF"));
        bad.add(new Bad("no type", "", utf8("The drug x blocks CCR9."), null, 415, "Content-Type"));
        bad.add(new Bad("bytes not in the declared charset", "text/plain; charset=us-ascii",
                utf8("The drug x\u2122 blocks CCR9."), null, 400, "US-ASCII"));
        bad.add(new Bad("document too long", "text/plain", utf8("The drug x blocks CCR9. ".repeat(400)), null, 413, "characters"));
        bad.add(new Bad("body too large", "text/plain", utf8("word ".repeat(20_000)), null, 413, "bytes"));
        bad.add(new Bad("gzip bomb", "text/plain", gzip(new byte[50_000_000]), "gzip", 413, "decompressed"));
        bad.add(new Bad("corrupt gzip", "text/plain", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, "gzip", 400, "gzip"));
        bad.add(new Bad("brotli", "text/plain", utf8("The drug x blocks CCR9."), "br", 415, "Content-Encoding"));
        bad.add(new Bad("subtitles without timings", "text/vtt", utf8("WEBVTT\n\nThe drug x blocks CCR9."), null, 400,
                "cue timing"));
        bad.add(new Bad("XML that is no article", "application/xml", utf8("<svg><text>The drug x blocks CCR9.</text></svg>"),
                null, 400, "not a JATS or DocBook article"));
        bad.add(new Bad("deep HTML", "text/html", utf8("<p>The drug x blocks CCR9.</p>" + "<div>".repeat(3_000)), null, 400, "nested"));
        bad.add(new Bad("control character", "text/plain", utf8("The drug x\u0007 blocks CCR9."), null, 400, "U+0007"));
        bad.add(new Bad("lone surrogate", "application/json", utf8("{\"text\":\"The drug \\ud800 blocks CCR9.\"}"), null, 400, "surrogate"));
        bad.add(new Bad("escaped control", "application/json", utf8("{\"text\":\"The drug \\u001b[31m blocks CCR9.\"}"), null, 400, "U+001B"));
        bad.add(new Bad("deep JSON", "application/json", utf8("[".repeat(5_000)), null, 400, "nested"));
        bad.add(new Bad("not JSON", "application/json", utf8("{\"text\": \"unterminated"), null, 400, "JSON"));
        bad.add(new Bad("record without text", "application/json", utf8("{\"id\":\"x\",\"title\":\"t\"}"), null, 400,
                "articleBody"));
        bad.add(new Bad("text not a string", "application/json", utf8("{\"text\": 42}"), null, 400, "must be a string"));
        bad.add(new Bad("id with no letters", "application/json", utf8("{\"id\":\"!!!\",\"text\":\"The drug x blocks CCR9.\"}"), null, 400, "id"));
        bad.add(new Bad("bad date", "application/json", utf8("{\"text\":\"The drug x blocks CCR9.\",\"date\":\"someday\"}"), null, 400, "date"));
        bad.add(new Bad("too many documents", "application/x-ndjson", utf8("{\"text\":\"The drug x blocks CCR9.\"}\n".repeat(11)), null, 413, "documents"));
        bad.add(new Bad("one bad line of a batch", "application/x-ndjson",
                utf8("{\"id\":\"good-one\",\"text\":\"The drug x blocks CCR9.\"}\nnot json\n"), null, 400, "line 2"));
        Set<String> before = quads();
        for (Bad b : bad) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/kg/documents"))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(b.body()));
            if (!b.contentType().isEmpty()) {
                request.header("Content-Type", b.contentType());
            }
            if (b.encoding() != null) {
                request.header("Content-Encoding", b.encoding());
            }
            HttpResponse<String> r = send(request);
            assertEquals(b.status(), r.statusCode(), b.name() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), b.name());
            assertTrue(r.body().startsWith("{\"error\":") && r.body().contains(b.says()), b.name() + ": " + r.body());
            assertEquals(before, quads(), b.name() + " changed the store");
        }
    }

    @Test
    void test_a_refused_body_is_read_to_its_end_so_the_refusal_arrives_and_the_connection_serves_the_next_request()
            throws Exception {
        Set<String> before = quads();
        String oversized = RawHttp.post(DocumentsServlet.PATH, "text/plain", "Authorization: Bearer " + TOKEN + "\r\n",
                (int) LIMITS.maxBodyBytes() + 40_000);
        String unauthorised = RawHttp.post(DocumentsServlet.PATH, "text/plain", "", 30_000);
        String answers = RawHttp.exchange(server.getPort(), oversized + unauthorised + RawHttp.lastGet(DocumentsServlet.PATH));
        assertEquals(1, RawHttp.count(answers, 413), answers);
        assertEquals(1, RawHttp.count(answers, 401), answers);
        assertEquals(1, RawHttp.count(answers, 405), answers);
        assertEquals(before, quads());
    }

    @Test
    void test_text_that_would_make_an_unsafe_iri_is_turned_into_a_safe_one() throws Exception {
        String id = URLEncoder.encode("x> <http://evil.example/> . #", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(post("/kg/documents?id=" + id + "&title=" + URLEncoder.encode("T\"itle> ;", StandardCharsets.UTF_8),
                "text/plain", utf8("The drug evilafor blocks CCR9 in a study.")));
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"iri\":\"https://w3id.org/litkg/id/doc/x-http-evil-example\""), r.body());
        String title = select("SELECT ?t WHERE { <https://w3id.org/litkg/id/doc/x-http-evil-example> <http://purl.org/dc/terms/title> ?t }");
        assertTrue(title.contains("T\"\"itle> ;"), "the title is a literal, as sent: " + title);
    }

    @Test
    void test_readers_see_only_whole_documents_while_documents_are_being_added() throws Exception {
        String count = "PREFIX lkg: <https://w3id.org/litkg/ontology#> SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?e) AS ?evidence) "
                + "WHERE { ?d a lkg:Document . FILTER(STRSTARTS(STR(?d), \"https://w3id.org/litkg/id/doc/reader-\")) "
                + "OPTIONAL { ?e lkg:document ?d } }";
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    seen.add(select(count).lines().skip(1).findFirst().orElse("?"));
                } catch (Exception e) {
                    seen.add("error " + e);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 8; i++) {
            String text = "The drug RDR-10" + i + " blocks CXCR4 and binds CCR5, researchers reported.";
            assertEquals(201, send(post("/kg/documents?id=reader-" + i, "text/plain", utf8(text))).statusCode());
        }
        writing.set(false);
        reader.join();
        String[] last = select(count).lines().skip(1).findFirst().orElseThrow().split(",");
        assertEquals(8, Long.parseLong(last[0].strip()));
        long perDocument = Long.parseLong(last[1].strip()) / 8;
        assertTrue(perDocument > 0 && Long.parseLong(last[1].strip()) == 8 * perDocument, "same evidence from each: " + last[1]);
        assertTrue(seen.size() > 1, "the reader ran during the writes");
        for (String row : seen) {
            String[] cells = row.split(",");
            assertEquals(2, cells.length, "a reader got an answer: " + row);
            // Every document visible comes with all its evidence: a snapshot never shows half a document.
            assertEquals(Long.parseLong(cells[0].strip()) * perDocument, Long.parseLong(cells[1].strip()), row);
        }
    }
}
