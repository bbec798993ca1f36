package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The document kinds the seventy-sixth held-out set brought: an EPUB e-book, a web page a browser saved as MHTML, an
 * OpenDocument presentation and a screening tool's CSV export. Every file is written here for the test.
 */
class BooksSavedPagesAndScreeningExportsTest extends FileReadingTest {

    private static final String CONTAINER = "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
            + "<rootfiles><rootfile full-path=\"OPS/book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles>"
            + "</container>";

    private static String page(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>t</title></head><body>" + body + "</body></html>";
    }

    private static Map<String, String> book(String spine) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/epub+zip");
        parts.put("META-INF/container.xml", CONTAINER);
        parts.put("OPS/book.opf", "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The Quiet Receptor</dc:title></metadata><manifest>"
                + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
                + "<item id=\"cover\" href=\"Text/cover.xhtml\" media-type=\"application/xhtml+xml\"/>"
                + "<item id=\"a\" href=\"Text/part%2001.xhtml\" media-type=\"application/xhtml+xml\"/>"
                + "<item id=\"b\" href=\"Text/part 02.xhtml\" media-type=\"application/xhtml+xml\"/>"
                + "</manifest><spine>" + spine + "</spine></package>");
        parts.put("OPS/nav.xhtml", page("<nav epub:type=\"toc\"><ol><li>Chapter 4</li></ol></nav>"));
        parts.put("OPS/Text/cover.xhtml", page("<p>Cover: The Quiet Receptor</p>"));
        // the file numbered 02 is read first: the spine says so
        parts.put("OPS/Text/part 02.xhtml", page("<h1>Chapter 4</h1><p>Velorimab binds CXCR3 on T cells.<a "
                + "epub:type=\"noteref\" href=\"#n1\">1</a> It was approved in 2025.</p><aside epub:type=\"footnote\" "
                + "id=\"n1\"><p>CXCR3 is also on NK cells.</p></aside><aside class=\"pull-quote\"><p>Buy the book</p></aside>"));
        parts.put("OPS/Text/part 01.xhtml", page("<p>Its maker, Northfield Bio, ran the trial.</p>"));
        return parts;
    }

    @Test
    void test_an_epub_is_read_in_its_spines_order_without_its_cover_contents_or_footnote_marks() throws IOException {
        Files.write(dir.resolve("book.epub"), zip(book("<itemref idref=\"cover\" linear=\"no\"/><itemref idref=\"nav\"/>"
                + "<itemref idref=\"b\"/><itemref idref=\"a\"/>")));
        Map<String, String> locked = book("<itemref idref=\"b\"/>");
        locked.put("META-INF/encryption.xml", "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                + "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData><enc:CipherData>"
                + "<enc:CipherReference URI=\"OPS/Text/part%2002.xhtml\"/></enc:CipherData></enc:EncryptedData></encryption>");
        Files.write(dir.resolve("locked.epub"), zip(locked));
        Files.write(dir.resolve("renamed.epub"), zip(Map.of("mimetype", "application/epub+zip")));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("The Quiet Receptor", docs.get(0).title());
        assertEquals("Chapter 4\nVelorimab binds CXCR3 on T cells. It was approved in 2025.\nCXCR3 is also on NK cells.\n\n"
                + "Its maker, Northfield Bio, ran the trial.\n", docs.get(0).text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("locked.epub") && e.problem().contains("encrypted (DRM)")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("renamed.epub") && e.problem().contains(
                "not an EPUB e-book: the file is no zip holding META-INF/container.xml")), errors.toString());
        assertEquals(SourceFormat.EPUB, SourceFormat.ofMediaType("application/epub+zip").orElseThrow());
    }

    @Test
    void test_a_page_saved_as_mhtml_is_read_as_its_article_with_quoted_printable_undone() throws IOException {
        String mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/velorimab\r\n"
                + "Subject: =?utf-8?Q?Velorimab=E2=80=99s_first_trial?=\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--\"\r\n\r\n"
                + "------B--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<html><body><nav><a href=3D\"/\">Home</a></nav><article><p>Velorimab=E2=80=99s maker says it b=\r\n"
                + "inds CXCR3.</p></article><footer>=C2=A9 2026</footer></body></html>\r\n"
                + "------B--\r\nContent-Type: text/css\r\n\r\nbody { color: red }\r\n------B----\r\n";
        Files.writeString(dir.resolve("page.mhtml"), mhtml, StandardCharsets.US_ASCII);
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("Velorimab’s first trial", docs.get(0).title());
        assertEquals("Velorimab’s maker says it binds CXCR3.", docs.get(0).text().strip());
        assertEquals(SourceFormat.EMAIL, SourceFormat.ofExtension("mht").orElseThrow());
    }

    private static final String ODP = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
            + "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    private static String slide(String title, String outline, String notes) {
        return "<draw:page draw:name=\"p\"><draw:frame presentation:class=\"title\"><draw:text-box><text:p>" + title
                + "</text:p></draw:text-box></draw:frame><draw:frame presentation:class=\"outline\"><draw:text-box>"
                + outline + "</draw:text-box></draw:frame><draw:frame presentation:class=\"page-number\"><draw:text-box>"
                + "<text:p>7</text:p></draw:text-box></draw:frame>" + notes + "</draw:page>";
    }

    @Test
    void test_an_opendocument_presentation_is_read_slide_by_slide_with_bullets_stopped_and_notes_after() throws IOException {
        String list = "<text:list><text:list-item><text:p>Anti-CXCR3 antibody</text:p></text:list-item><text:list-item>"
                + "<text:p>Binds CXCR3 on T<text:s/>cells</text:p><text:list><text:list-item><text:p>with high affinity"
                + "</text:p></text:list-item></text:list></text:list-item></text:list>";
        String notes = "<presentation:notes><draw:page-thumbnail/><draw:frame presentation:class=\"notes\"><draw:text-box>"
                + "<text:p>It does not bind CXCR4.</text:p></draw:text-box></draw:frame></presentation:notes>";
        String content = "<office:document-content " + ODP + "><office:body><office:presentation>"
                + slide("Velorimab", list, notes) + slide("Questions?", "", "")
                + "</office:presentation></office:body></office:document-content>";
        String styles = "<office:document-styles " + ODP + "><office:master-styles><draw:frame presentation:class=\"title\">"
                + "<draw:text-box><text:p>Click to add Title</text:p></draw:text-box></draw:frame></office:master-styles>"
                + "</office:document-styles>";
        Files.write(dir.resolve("club.odp"), zip(Map.of("mimetype", "application/vnd.oasis.opendocument.presentation",
                "content.xml", content, "styles.xml", styles)));
        Files.write(dir.resolve("old.odp"), zip(Map.of("mimetype", "application/vnd.oasis.opendocument.presentation")));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("Velorimab", docs.get(0).title());
        assertEquals("Velorimab\n\nAnti-CXCR3 antibody. Binds CXCR3 on T cells. with high affinity.\n\n"
                + "It does not bind CXCR4.\n\nQuestions?\n", docs.get(0).text());
        assertTrue(errors.get(0).problem().contains("not an OpenDocument presentation"), errors.toString());
    }

    @Test
    void test_a_screening_export_in_csv_is_read_as_the_ris_records_its_columns_amount_to() throws IOException {
        String csv = "\uFEFF\"key\",\"title\",\"authors\",\"journal\",\"year\",\"abstract\",\"notes\"\r\n"
                + "\"r1\",\"Velorimab, an anti-CXCR3 antibody\",\"Okonjo-Veld, Mara and Sato, Ken\",\"Gut Letters\",\"2026\","
                + "\"Colon cells secrete CXCL9.\r\nVelorimab binds \"\"CXCR3\"\", its receptor.\","
                + "\"RAYYAN-INCLUSION: {\"\"Ana\"\"=>\"\"Included\"\"}\"\r\n"
                + "\"r2\",\"A second paper\",\"Berg O, Lind K\",\"Blood Letters\",\"2025\",\"\",\"\"\r\n";
        Files.writeString(dir.resolve("screening.csv"), csv);
        Files.writeString(dir.resolve("prices.csv"), "item;price\nvial;12\n");
        Files.writeString(dir.resolve("broken.csv"), "title,abstract\n\"Open quote,never closed\n");
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        String text = docs.get(0).text();
        assertEquals("""
                TY  - JOUR
                TI  - Velorimab, an anti-CXCR3 antibody
                AU  - Okonjo-Veld, Mara
                AU  - Sato, Ken
                JO  - Gut Letters
                PY  - 2026
                AB  - Colon cells secrete CXCL9. Velorimab binds "CXCR3", its receptor.
                ER  -\s

                TY  - JOUR
                TI  - A second paper
                AU  - Berg O
                AU  - Lind K
                JO  - Blood Letters
                PY  - 2025
                ER  -\s

                """, text);
        assertFalse(text.contains("RAYYAN"), text);
        assertEquals(2, TaggedRecords.records(text).size());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("prices.csv")
                && e.problem().contains("needs a 'title' or 'abstract' column; the header has: item, price")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("broken.csv")
                && e.problem().equals("line 2 of the CSV file opens a quoted field that is never closed")), errors.toString());
        assertEquals(List.of(SourceFormat.CSV, SourceFormat.OPEN_DOCUMENT_SLIDES), List.of(
                SourceFormat.ofMediaType("text/csv").orElseThrow(),
                SourceFormat.ofMediaType("application/vnd.oasis.opendocument.presentation").orElseThrow()));
    }
}
