package org.litkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.litkg.ingest.InputLimits;
import org.litkg.pipeline.ExampleGraph;
import org.litkg.pipeline.Pipeline;
import org.litkg.server.KgServer;
import org.litkg.store.KnowledgeStore;

/** Writing to a live store over HTTP: the real server on a real TDB2 store, every bad input refused with the store unchanged. */
@Timeout(180)
class DocumentsServerTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final InputLimits LIMITS = new InputLimits(64 * 1024, 5_000, 10, 64);
    private static FusekiServer server;
    private static FusekiServer readOnly;
    private static DatasetGraph dsg;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("litkg-live").resolve("store");
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

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(String pathAndQuery, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> quads() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> all = new TreeSet<>();
            dsg.find().forEachRemaining(q -> all.add(q.toString()));
            return all;
        });
    }

    private static String select(String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")).body();
    }

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
    void test_markdown_subtitles_pubmed_xml_windows_1252_and_email_are_read_as_their_text() throws Exception {
        String srt = "1\n00:00:00,000 --> 00:00:03,000\nThe drug velaxafor\n\n2\n00:00:03,000 --> 00:00:06,000\n"
                + "blocks CXCR4 on T cells.\n";
        HttpResponse<String> r = send(post("/kg/documents?id=talk-srt", "application/x-subrip", utf8(srt)));
        assertEquals(201, r.statusCode(), r.body());
        String md = "# Velaxafor\n\n**Velaxafor** binds [CCR9](/wiki/CCR9) in mice.[^1]\n\n[^1]: A note.\n";
        HttpResponse<String> m = send(post("/kg/documents?id=page-md", "text/markdown", utf8(md)));
        assertEquals(201, m.statusCode(), m.body());
        String text = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(text.contains("The drug velaxafor blocks CXCR4 on T cells."), "the cues joined into one sentence");
        assertTrue(text.contains("Velaxafor binds CCR9 in mice.") && !text.contains("**Velaxafor**"), "the marks gone");
        String xml = "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>41000009</PMID><Article><Journal><Title>"
                + "Blood</Title></Journal><ArticleTitle>Velaxafor in WHIM syndrome.</ArticleTitle><Abstract><AbstractText>"
                + "Velaxafor blocks CXCR4 on neutrophils.</AbstractText></Abstract></Article></MedlineCitation>"
                + "</PubmedArticle></PubmedArticleSet>";
        HttpResponse<String> x = send(post("/kg/documents?id=pubmed-xml", "application/xml", utf8(xml)));
        assertEquals(201, x.statusCode(), x.body());
        String withXml = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(withXml.contains("AB  - Velaxafor blocks CXCR4 on neutrophils.") && !withXml.contains("<AbstractText>"),
                "the record read as its MEDLINE fields");
        byte[] release = "Velaxafor\u2122 \u2013 \u201cthe first\u201d \u2013 blocks CXCR4 on neutrophils."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        HttpResponse<String> w = send(post("/kg/documents?id=release-1252", "text/plain; charset=windows-1252", release));
        assertEquals(201, w.statusCode(), w.body());
        String mail = "From: news@example.org\nSubject: Velaxafor news\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: quoted-printable\n\nVelaxafor blocks CXCR4 on neutro=\nphils in mice.\n";
        HttpResponse<String> e = send(post("/kg/documents?id=newsletter-mail", "message/rfc822", utf8(mail)));
        assertEquals(201, e.statusCode(), e.body());
        String withMore = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(withMore.contains("Velaxafor\u2122 \u2013 \u201cthe first\u201d"), "the declared charset decoded");
        assertTrue(withMore.contains("Velaxafor blocks CXCR4 on neutrophils in mice.") && !withMore.contains("Subject:"),
                "the message read as its decoded text");
        String mbox = "From news@example.org  Mon Oct 12 09:14:02 2026\n" + mail + "\nFrom b@example.org  Tue Oct 13 10:00:00 "
                + "2026\nFrom: b@example.org\nSubject: Re: Velaxafor news\n\nIt also binds CXCR7.\n";
        HttpResponse<String> archive = send(post("/kg/documents?id=list-archive", "application/mbox", utf8(mbox)));
        assertEquals(201, archive.statusCode(), archive.body());
        String withArchive = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(withArchive.contains("Re: Velaxafor news") && withArchive.contains("It also binds CXCR7.")
                && !withArchive.contains("Tue Oct 13"),
                "a mailbox read as its messages, each under its subject, without the envelope lines");
        String rst = "Velaxafor notes\n===============\n\n**Velaxafor** binds ``CCR9`` [#a]_.\n\n.. code-block:: text\n\n"
                + "   velaxafor --dose 5\n";
        HttpResponse<String> page = send(post("/kg/documents?id=rst-notes", "text/x-rst", utf8(rst)));
        assertEquals(201, page.statusCode(), page.body());
        String withPage = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(withPage.contains("Velaxafor binds CCR9.") && !withPage.contains("--dose") && !withPage.contains("**"),
                "a reStructuredText page read as its prose, without its markup or code");
    }

    @Test
    void test_rtf_word_and_trial_registry_bodies_are_read_and_a_renamed_file_is_refused_whole() throws Exception {
        String rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0 Calibri;}}\\pard Vel\\'e9xafor blocks CXCR4 on neutrophils.\\par}";
        HttpResponse<String> r = send(post("/kg/documents?id=rtf-note", "application/rtf", utf8(rtf)));
        assertEquals(201, r.statusCode(), r.body());
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(docx)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>Velaxafor binds CCR8 on Tregs in a Word file.</w:t></w:r></w:p></w:body></w:document>"));
        }
        String word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        HttpResponse<String> w = send(post("/kg/documents?id=word-abstract", word, docx.toByteArray()));
        assertEquals(201, w.statusCode(), w.body());
        String study = "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09990003\", \"briefTitle\": "
                + "\"Velaxafor in WHIM\"}, \"descriptionModule\": {\"briefSummary\": \"Velaxafor blocks CXCR4 in a trial.\"}}}";
        HttpResponse<String> t = send(post("/kg/documents", "application/json", utf8(study)));
        assertEquals(201, t.statusCode(), t.body());
        assertTrue(t.body().contains("/id/doc/nct09990003"), t.body());
        String search = "{\"studies\": [" + study.replace("NCT09990003", "NCT09990004") + "], \"nextPageToken\": \"x\"}";
        HttpResponse<String> found = send(post("/kg/documents", "application/json", utf8(search)));
        assertEquals(201, found.statusCode(), found.body());
        assertTrue(found.body().contains("/id/doc/nct09990004"), found.body());
        String stored = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(stored.contains("Vel\u00e9xafor blocks CXCR4 on neutrophils.")
                && stored.contains("Velaxafor binds CCR8 on Tregs")
                && stored.contains("AB  - Velaxafor blocks CXCR4 in a trial."), "each body read as its text");
        HttpResponse<String> bad = send(post("/kg/documents?id=renamed", word, utf8("Not a zip at all.")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("not a Word document"), bad.body());
        HttpResponse<String> bell = send(post("/kg/documents?id=rtf-bell", "application/rtf",
                utf8("{\\rtf1\\ansi Velaxafor\\'07 rings.\\par}")));
        assertEquals(400, bell.statusCode(), bell.body());
        assertTrue(bell.body().contains("control character U+0007"), bell.body());
        assertEquals(stored, Txn.calculateRead(dsg, () -> String.join("\n", quads())), "the refused bodies added nothing");
    }

    @Test
    void test_a_pdf_body_is_read_as_its_text_layer_and_a_scanned_page_is_refused() throws Exception {
        HttpResponse<String> r = send(post("/kg/documents?id=pdf-letter", "application/pdf",
                pdf("Velaxafor blocks CXCR4 on neutrophils in a PDF letter.")));
        assertEquals(201, r.statusCode(), r.body());
        String stored = Txn.calculateRead(dsg, () -> String.join("\n", quads()));
        assertTrue(stored.contains("Velaxafor blocks CXCR4 on neutrophils in a PDF letter."), "the page's text stored");
        HttpResponse<String> scan = send(post("/kg/documents?id=pdf-scan", "application/pdf", pdf(null)));
        assertEquals(400, scan.statusCode(), scan.body());
        assertTrue(scan.body().contains("no text layer"), scan.body());
        assertEquals(stored, Txn.calculateRead(dsg, () -> String.join("\n", quads())), "the scan added nothing");
    }

    /** A one-page PDF drawn with PDFBox, with the line given, or with nothing on the page as a scan has no text. */
    private static byte[] pdf(String line) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            if (line != null) {
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
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
        bad.add(new Bad("XML that is no article", "application/xml", utf8("<rss><item>The drug x blocks CCR9.</item></rss>"),
                null, 400, "not a JATS article"));
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
