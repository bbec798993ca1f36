package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The forms the ninety-third and ninety-fourth held-out sets brought: text Notepad saved as "Unicode" (UTF-16 with a
 * byte order mark), a crawler's web archive, a DataCite record, a page's schema.org JSON-LD, a release hard-wrapped
 * under a dated header, and a notice's labelled fields whose values go on under themselves. Every file is written here.
 */
class WebArchivesDataCiteAndUtf16Test extends FileReadingTest {

    @Test
    void test_utf16_text_with_a_byte_order_mark_reads_in_either_byte_order() throws IOException {
        String text = "Velorimab binds CD47.\r\nIt is made in Fjordton.\r\n";
        ByteArrayOutputStream little = new ByteArrayOutputStream();
        little.write(new byte[] {(byte) 0xff, (byte) 0xfe});
        little.write(text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("little.txt"), little.toByteArray());
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.write(new byte[] {(byte) 0xfe, (byte) 0xff});
        big.write(text.getBytes(StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("big.txt"), big.toByteArray());
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("Velorimab binds CD47.\nIt is made in Fjordton.\n", only("little").text());
        assertEquals(only("little").text(), only("big").text());
    }

    /** A WARC record: its header fields, then the block and the two line ends that close it. */
    private static byte[] warcRecord(String type, String contentType, byte[] block) {
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: https://news.example/velorimab\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void test_a_web_archive_reads_its_html_responses_and_passes_over_requests_and_requisites() throws IOException {
        byte[] page = ("<html><head><title>Velorimab news</title><script>track();</script></head><body><nav>Home</nav>"
                + "<article><h1>Velorimab news</h1><p>Velorimab, made in Fjordton, blocks CD47 on lymphoma cells.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        // a chunked body, as a server streams a page
        String chunked = Integer.toHexString(page.length) + "\r\n" + new String(page, StandardCharsets.UTF_8) + "\r\n0\r\n\r\n";
        byte[] response = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunked).getBytes(StandardCharsets.UTF_8);
        byte[] style = "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\nbody { color: red }".getBytes(StandardCharsets.UTF_8);
        byte[] missing = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Velorimab gone</p>"
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(warcRecord("warcinfo", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)));
        warc.writeBytes(warcRecord("request", "application/http;msgtype=request",
                "GET /velorimab HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        warc.writeBytes(warcRecord("response", "application/http;msgtype=response", response));
        warc.writeBytes(warcRecord("response", "application/http;msgtype=response", style));
        warc.writeBytes(warcRecord("response", "application/http;msgtype=response", missing));
        Files.write(dir.resolve("crawl.warc"), warc.toByteArray());
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        Document doc = only("crawl");
        assertEquals("Velorimab news", doc.title());
        assertTrue(doc.text().contains("Velorimab, made in Fjordton, blocks CD47 on lymphoma cells."), doc.text());
        assertFalse(doc.text().contains("track()") || doc.text().contains("color") || doc.text().contains("gone"), doc.text());
    }

    @Test
    void test_a_web_archive_cut_short_or_without_a_page_is_refused_saying_why() throws IOException {
        byte[] whole = warcRecord("response", "application/http;msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Velorimab binds CD47.</p>"
                        .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(whole, whole.length - 12));
        Files.write(dir.resolve("images.warc"), warcRecord("response", "application/http;msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("notes.warc"), "These are my notes, not an archive.");
        read(dir);
        assertTrue(docs.isEmpty(), docs.toString());
        assertEquals(3, errors.size(), errors.toString());
        String said = errors.toString();
        assertTrue(said.contains("cut.warc") && said.contains("is cut short: its Content-Length says"), said);
        assertTrue(said.contains("images.warc") && said.contains("no page to read: 1 record(s)"), said);
        assertTrue(said.contains("notes.warc") && said.contains("not a WARC file"), said);
    }

    @Test
    void test_a_datacite_record_reads_its_abstract_and_personal_creators_but_no_repository_as_journal() throws IOException {
        Files.writeString(dir.resolve("datacite.json"), "{\"data\": {\"id\": \"10.5061/dryad.x1\", \"type\": \"dois\", "
                + "\"attributes\": {\"doi\": \"10.5061/dryad.x1\", \"titles\": [{\"title\": \"Velorimab biopsies\"}], "
                + "\"publisher\": {\"name\": \"Dryad\"}, \"publicationYear\": 2026, \"creators\": [{\"name\": "
                + "\"Brandvold, Ilse\", \"nameType\": \"Personal\", \"affiliation\": [{\"name\": \"Lakeshore Institutet\"}]}, "
                + "{\"name\": \"Quist, Tom\", \"affiliation\": [\"Fjordton University Hospital\"]}, {\"name\": \"Velorimab "
                + "Consortium\", \"nameType\": \"Organizational\"}], \"descriptions\": [{\"description\": \"<p>Counts per "
                + "gene.</p>\", \"descriptionType\": \"TechnicalInfo\"}, {\"description\": \"<p>Velorimab blocks "
                + "PD-L1 &amp; binds CD3.</p>\", \"descriptionType\": \"Abstract\"}]}}}");
        read(dir);
        assertEquals("PMID- 10.5061/dryad.x1\nDP  - 2026\nTI  - Velorimab biopsies\nAB  - Velorimab blocks PD-L1 & binds CD3.\n"
                + "FAU - Brandvold, Ilse\nAD  - Lakeshore Institutet\nFAU - Quist, Tom\nAD  - Fjordton University Hospital\n\n",
                only("datacite").text());
    }

    @Test
    void test_a_pages_schema_org_metadata_saved_as_jsonld_reads_its_article_body() throws IOException {
        Files.writeString(dir.resolve("article.jsonld"), "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
                + "\"headline\": \"Velorimab works\", \"datePublished\": \"2026-11-16\", \"author\": [{\"@type\": "
                + "\"Person\", \"name\": \"Ilse Brandvold\"}], \"articleBody\": \"Velorimab binds CD47 on lymphoma cells.\"}");
        read(dir);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("Velorimab works\nVelorimab binds CD47 on lymphoma cells.", only("article").text());
    }

    @Test
    void test_a_release_wrapped_under_a_dated_header_and_a_notices_hanging_fields_are_joined() throws IOException {
        String filler = "The company said that the drug shrank tumours in most of the patients treated so far in the trial";
        Files.writeString(dir.resolve("release.txt"), "ASX ANNOUNCEMENT" + " ".repeat(60) + "24 November 2026\n\n"
                + "Orvane Limited is pleased to announce that velorimab binds CD47 (a protein found on many cancer cells)\n"
                + "and that " + filler + ",\nwhich began in June at four hospitals across the state of Victoria in Australia.\n"
                + filler + " and\nthat the next part of the trial would open at more sites in Melbourne and in Sydney soon.\n"
                + filler + " and\nthat the safety data would come out in the second half of the coming year from the trial.\n\n"
                + "Dr Ann Lee                       Investor enquiries\n"
                + "Managing Director                Tom Quist\n");
        Files.writeString(dir.resolve("notice.txt"), "NOTICE\n\nTo:         Ilse Brandvold, MD, PhD\n"
                + "            Division of Oncology, Fjordton Health Center\n"
                + "Supervisors:  Professor Tom Quist, Department of Medicine, University\n"
                + "              of Fjordton\n\nThe board met.\n");
        read(dir);
        String release = only("release").text();
        assertTrue(release.contains("velorimab binds CD47 (a protein found on many cancer cells) and that The company"),
                release);
        String notice = only("notice").text();
        assertTrue(notice.contains("To:         Ilse Brandvold, MD, PhD, Division of Oncology, Fjordton Health Center"),
                notice);
        assertTrue(notice.contains("Department of Medicine, University of Fjordton"), notice);
    }
}
