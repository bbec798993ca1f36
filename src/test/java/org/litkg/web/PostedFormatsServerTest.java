package org.litkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Documents posted in the forms a user has them (subtitles, Markdown, PubMed XML, legacy encodings, e-mail and
 * mailboxes, reStructuredText, RTF, Word, trial registry records, PDF), each read over HTTP as the file reader reads it.
 */
@Timeout(180)
class PostedFormatsServerTest extends LiveStoreTest {

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

}
