package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The document kinds the seventy-fourth held-out set brought: a PDF, an OpenDocument text, a PowerPoint deck and an
 * EndNote export. The PDF is drawn with PDFBox and the zips are written here, so every byte is made for the test.
 */
class PdfSlidesAndOpenDocumentTest extends FileReadingTest {

    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    /** One piece of text a PDF page draws: where its baseline starts (from the page's top) and its type size. */
    private record Drawn(String text, float x, float top, float size) {
    }

    private static byte[] pdf(String title, List<List<Drawn>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            for (List<Drawn> drawn : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (Drawn d : drawn) {
                        content.beginText();
                        content.setFont(TIMES, d.size());
                        content.newLineAtOffset(d.x(), height - d.top());
                        content.showText(d.text());
                        content.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Where a piece drawn after {@code text} in 12-point Times starts, so that it touches it. */
    private static float after(float x, String text) throws IOException {
        return x + TIMES.getStringWidth(text) / 1000 * 12;
    }

    @Test
    void test_a_pdf_is_read_as_its_lines_with_marks_as_superscripts_wrapped_lines_joined_and_running_heads_dropped()
            throws IOException {
        String head = "Gut Immunology Letters 2026;3:e41";
        String author = "Mara Okonjo-Veld";
        String line1 = "Colon cells secrete CXCL9, which binds CXCR3 on T cells, and the drug velorimab binds the";
        List<Drawn> first = List.of(new Drawn(head, 72, 40, 9),
                new Drawn(author, 72, 80, 12), new Drawn("1", after(72, author), 76, 7),
                new Drawn("1", 72, 96, 7), new Drawn("Department of Surgery, Northfield University, Leeds, UK", 76, 100, 10),
                new Drawn(line1, 72, 140, 12),
                new Drawn("receptor in every patient who was treated with it, and its dose was well toler-", 72, 154, 12),
                new Drawn("ated by them.", 72, 168, 12),
                new Drawn("A short line ends this paragraph.", 72, 196, 12),
                new Drawn("1", 300, 760, 9));
        List<Drawn> second = List.of(new Drawn(head, 72, 40, 9), new Drawn("The second page says little.", 72, 80, 12),
                new Drawn("2", 300, 760, 9));
        Files.write(dir.resolve("letter.pdf"), pdf("Velorimab in colitis", List.of(first, second)));
        Files.write(dir.resolve("renamed.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("scan.pdf"), pdf("Scan", List.of(List.of())));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        Document doc = docs.get(0);
        assertEquals("Velorimab in colitis", doc.title());
        assertEquals("Mara Okonjo-Veld¹\n\n¹Department of Surgery, Northfield University, Leeds, UK\n\n"
                + line1 + " receptor in every patient who was treated with it, and its dose was well tolerated by them.\n\n"
                + "A short line ends this paragraph.\n\nThe second page says little.\n\n", doc.text());
        assertFalse(doc.text().contains(head), doc.text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("renamed.pdf") && e.problem().startsWith("not a PDF")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("scan.pdf") && e.problem().contains("no text layer")),
                errors.toString());
    }

    private static final String ODF = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    @Test
    void test_an_opendocument_text_is_read_a_paragraph_a_line_with_its_footnote_after_the_paragraph() throws IOException {
        String content = "<office:document-content " + ODF + "><office:body><office:text>"
                + "<text:h text:outline-level=\"1\">Trial news</text:h>"
                + "<text:p>Velorimab binds CXCR3.<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>CXCR3 is also on NK cells.</text:p></text:note-body></text:note> It was"
                + "<text:s text:c=\"3\"/>safe.<text:line-break/>Next line.</text:p>"
                + "<table:table><table:table-row><table:table-cell><text:p>Arm</text:p></table:table-cell>"
                + "<table:table-cell><text:p>n</text:p></table:table-cell></table:table-row></table:table>"
                + "<text:p>Last words.</text:p></office:text></office:body></office:document-content>";
        String meta = "<office:document-meta " + ODF + "><office:meta><dc:title>Bulletin</dc:title></office:meta>"
                + "</office:document-meta>";
        Files.write(dir.resolve("bulletin.odt"), zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", content, "meta.xml", meta)));
        Files.write(dir.resolve("empty.odt"), zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text")));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("Bulletin", docs.get(0).title());
        assertEquals("Trial news\n\nVelorimab binds CXCR3. It was   safe.\nNext line.\n\nCXCR3 is also on NK cells.\n\n"
                + "Arm\tn\n\nLast words.\n", docs.get(0).text());
        assertTrue(errors.get(0).problem().contains("not an OpenDocument text: the file is no zip holding content.xml"),
                errors.toString());
    }

    private static final String PML = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static String slide(String title, String... bullets) {
        StringBuilder body = new StringBuilder();
        for (String b : bullets) {
            body.append("<a:p><a:r><a:t>").append(b).append("</a:t></a:r></a:p>");
        }
        return "<p:sld " + PML + "><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>"
                + "<p:txBody><a:p><a:r><a:t>" + title + "</a:t></a:r></a:p></p:txBody></p:sp>"
                + "<p:sp><p:nvSpPr><p:nvPr><p:ph idx=\"1\"/></p:nvPr></p:nvSpPr><p:txBody>" + body + "</p:txBody></p:sp>"
                + "</p:spTree></p:cSld></p:sld>";
    }

    @Test
    void test_a_slide_deck_is_read_in_the_decks_order_with_its_bullets_as_sentences_and_its_notes() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("ppt/presentation.xml", "<p:presentation " + PML + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId7\"/>"
                + "<p:sldId id=\"257\" r:id=\"rId3\"/></p:sldIdLst></p:presentation>");
        parts.put("ppt/_rels/presentation.xml.rels", "<Relationships><Relationship Id=\"rId3\" Type=\"" + RELS + "slide\" "
                + "Target=\"slides/slide2.xml\"/><Relationship Id=\"rId7\" Type=\"" + RELS + "slide\" "
                + "Target=\"slides/slide9.xml\"/></Relationships>");
        parts.put("ppt/slides/slide9.xml", slide("The drug", "Velorimab (VX-12): an antibody", "Binds CXCR3 with high affinity",
                "Given monthly"));
        parts.put("ppt/slides/slide2.xml", slide("Questions?", "Thank you"));
        parts.put("ppt/slides/_rels/slide9.xml.rels", "<Relationships><Relationship Id=\"rId2\" Type=\"" + RELS
                + "notesSlide\" Target=\"../notesSlides/notesSlide4.xml\"/></Relationships>");
        parts.put("ppt/notesSlides/notesSlide4.xml", "<p:notes " + PML + "><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr>"
                + "<p:ph type=\"sldNum\"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>9</a:t></a:r></a:p></p:txBody></p:sp>"
                + "<p:sp><p:nvSpPr><p:nvPr><p:ph type=\"body\"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>It does not "
                + "bind CXCR4.</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>");
        parts.put("ppt/slideMasters/slideMaster1.xml", slide("Click to edit Master title style"));
        Files.write(dir.resolve("club.pptx"), zip(parts));
        Files.write(dir.resolve("old.pptx"), zip(Map.of("docProps/app.xml", "<Properties/>")));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("The drug", docs.get(0).title());
        assertEquals("The drug\n\nVelorimab (VX-12): an antibody. Binds CXCR3 with high affinity. Given monthly.\n\n"
                + "It does not bind CXCR4.\n\nQuestions?\n\nThank you.\n", docs.get(0).text());
        assertTrue(errors.get(0).problem().contains("not a PowerPoint deck") && errors.get(0).problem().contains(".ppt"),
                errors.toString());
        assertEquals(SourceFormat.SLIDES, SourceFormat.ofMediaType(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation").orElseThrow());
        assertEquals("ppt/notesSlides/notesSlide4.xml", ZipPackage.resolve("ppt/slides/", "../notesSlides/notesSlide4.xml"));
    }

    @Test
    void test_an_endnote_export_is_read_as_tagged_records_with_its_tags_as_ris_reads_them() {
        String enw = """
                %0 Journal Article
                %A Okonjo-Veld, Mara
                %A Sato, Ken
                %+ Department of Surgery, Northfield University, Leeds, UK
                %T Velorimab in colitis
                %J Gut Immunology Letters
                %D 2026
                %X Colon cells secrete CXCL9.
                Velorimab binds CXCR3.
                %K colitis

                %0 Journal Article
                %A Berg, Ola
                %J Blood Letters
                %X Velorimab was safe.
                """;
        List<TaggedRecords.Record> records = TaggedRecords.records(enw);
        assertEquals(2, records.size());
        TaggedRecords.Record first = records.get(0);
        assertEquals(List.of("Okonjo-Veld, Mara", "Sato, Ken"), first.authors().stream().map(f -> f.content().of(enw)).toList());
        assertEquals("Gut Immunology Letters", first.journal().orElseThrow().content().of(enw));
        assertEquals("Department of Surgery, Northfield University, Leeds, UK", first.affiliations().get(0).content().of(enw));
        assertTrue(TaggedRecords.blocks(records).stream().map(b -> b.of(enw))
                .anyMatch(b -> b.equals("Colon cells secrete CXCL9.\nVelorimab binds CXCR3.")), enw);
        assertEquals("Blood Letters", records.get(1).journal().orElseThrow().content().of(enw));
        assertTrue(TaggedRecords.records("%A sign of a percentage\nfifty percent").isEmpty());
        assertEquals(SourceFormat.PLAIN, SourceFormat.ofExtension("enw").orElseThrow());
    }
}
