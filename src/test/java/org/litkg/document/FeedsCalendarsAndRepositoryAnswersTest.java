package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The forms the eighty-eighth held-out set brought: a journal's RSS feed (and a news site's, and Atom), a seminar
 * series' iCalendar file, a Zotero RDF export and a PubMed Central OAI-PMH answer. Every file is written here.
 */
class FeedsCalendarsAndRepositoryAnswersTest extends FileReadingTest {

    private static final String DC = "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    private static final String PRISM = "xmlns:prism=\"http://prismstandard.org/namespaces/basic/2.0/\"";

    @Test
    void test_a_journal_feed_reads_each_item_as_a_record_with_its_authors_journal_and_unescaped_abstract()
            throws IOException {
        Files.writeString(dir.resolve("toc.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\" " + DC + " " + PRISM + ">"
                + "<channel><title>Lakeshore Immunology: Online First</title><item><title>Velorimab &lt;i&gt;in vivo&lt;/i&gt;"
                + "</title><description>&lt;p&gt;&lt;b&gt;Abstract&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Velorimab blocks CXCR3 "
                + "on T cells.&lt;/p&gt;</description><dc:creator>Brandvold, Ilse</dc:creator><dc:creator>Tom Quist"
                + "</dc:creator><dc:date>2026-11-19</dc:date><prism:publicationName>Lakeshore Immunology"
                + "</prism:publicationName><prism:doi>10.1000/li.1</prism:doi></item></channel></rss>");
        read(dir);
        assertEquals("PMID- 10.1000/li.1\nDP  - 2026 Nov 19\nTI  - Velorimab in vivo\nAB  - Velorimab blocks CXCR3 on T cells.\n"
                + "FAU - Brandvold, Ilse\nFAU - Quist, Tom\nJT  - Lakeshore Immunology\n\n", only("toc").text());
    }

    @Test
    void test_a_news_feed_reads_each_story_under_its_title_with_its_writer_as_a_byline_not_an_author() throws IOException {
        Files.writeString(dir.resolve("news.atom"), "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Lakeshore Health News</title><entry><title>A new brake on T cells</title><author><name>Priya "
                + "Anand</name></author><updated>2026-11-20T08:00:00Z</updated><content type=\"html\">&lt;p&gt;Velorimab "
                + "blocks CXCR3.&lt;/p&gt;&lt;p&gt;It was tested in Oslo.&lt;/p&gt;</content></entry></feed>");
        Files.writeString(dir.resolve("empty.rss"), "<rss><channel><item><link>https://example.org/1</link></item>"
                + "</channel></rss>");
        read(dir);
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains("empty.rss") && e.toString().contains("nothing to read")),
                "a feed whose items hold no text is refused: " + errors);
        Document news = only("news");
        assertEquals("Lakeshore Health News", news.title());
        assertEquals("A new brake on T cells\n\nBy Priya Anand\n\nVelorimab blocks CXCR3.\n\nIt was tested in Oslo.\n\n",
                news.text());
        assertFalse(news.text().contains("FAU"), "a story's writer is no study's author");
    }

    @Test
    void test_an_icalendar_file_joins_folded_lines_undoes_escapes_and_reads_each_event() throws IOException {
        Files.writeString(dir.resolve("seminars.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:Tumour Immunology Seminars",
                "BEGIN:VTIMEZONE", "TZID:Europe/Oslo", "END:VTIMEZONE",
                "BEGIN:VEVENT", "DTSTART:20261203T160000", "SUMMARY:Velorimab and CXCR3\\, at last",
                "DESCRIPTION:Speaker: Dr. Ilse Brandvold\\, Lakeshore Cancer Insti",
                " tute\\n\\nAbstract: Velorimab blocks CXCR3 on T cells\\; it frees them.",
                "ORGANIZER;CN=\"Office: Seminars\":mailto:office@example.org", "END:VEVENT", "END:VCALENDAR", ""));
        Files.writeString(dir.resolve("broken.ics"), "SUMMARY:no calendar here\n");
        read(dir);
        Document seminars = only("seminars");
        assertEquals("Tumour Immunology Seminars", seminars.title());
        assertEquals("Velorimab and CXCR3, at last\n\nSpeaker: Dr. Ilse Brandvold, Lakeshore Cancer Institute\n\n"
                + "Abstract: Velorimab blocks CXCR3 on T cells; it frees them.\n\n", seminars.text());
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains("broken.ics")
                && e.toString().contains("BEGIN:VCALENDAR")), errors.toString());
    }

    @Test
    void test_a_zotero_rdf_export_reads_items_with_their_journal_node_and_leaves_out_notes_and_attachments()
            throws IOException {
        Files.writeString(dir.resolve("library.rdf"), "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns:z=\"http://www.zotero.org/namespaces/export#\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:bib=\"http://purl.org/net/biblio#\" xmlns:foaf=\"http://xmlns.com/foaf/0.1/\" " + DC + ">"
                + "<bib:Article rdf:about=\"https://doi.org/10.1000/x\"><z:itemType>journalArticle</z:itemType>"
                + "<dcterms:isPartOf rdf:resource=\"urn:issn:1234-5678\"/><bib:authors><rdf:Seq><rdf:li><foaf:Person>"
                + "<foaf:surname>Brandvold</foaf:surname><foaf:givenName>Ilse</foaf:givenName></foaf:Person></rdf:li>"
                + "</rdf:Seq></bib:authors><dc:title>Velorimab in myeloma</dc:title><dcterms:abstract>Velorimab blocks "
                + "CXCR3.</dcterms:abstract><dc:date>2026-10-19</dc:date></bib:Article>"
                + "<bib:Journal rdf:about=\"urn:issn:1234-5678\"><dc:title>Lakeshore Haematology</dc:title></bib:Journal>"
                + "<z:Attachment rdf:about=\"#item_1\"><z:itemType>attachment</z:itemType><dc:title>Full Text PDF"
                + "</dc:title></z:Attachment><bib:Memo rdf:about=\"#item_2\"><rdf:value>Ask if the EMA approved it."
                + "</rdf:value></bib:Memo></rdf:RDF>");
        Files.writeString(dir.resolve("ontology.rdf"), "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"#x\"/></rdf:RDF>");
        read(dir);
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains("ontology.rdf")
                && e.toString().contains("neither a Zotero RDF export")), errors.toString());
        assertEquals("PMID- https://doi.org/10.1000/x\nDP  - 2026 Oct 19\nTI  - Velorimab in myeloma\nAB  - Velorimab blocks "
                + "CXCR3.\nFAU - Brandvold, Ilse\nJT  - Lakeshore Haematology\n\n", only("library").text());
    }

    @Test
    void test_an_oai_pmh_answer_reads_its_namespaced_jats_article_and_keeps_the_parts_of_an_institution_apart()
            throws IOException {
        Files.writeString(dir.resolve("record.xml"), "<?xml version=\"1.0\"?><OAI-PMH xmlns=\"http://www.openarchives.org/"
                + "OAI/2.0/\"><GetRecord><record><header><identifier>oai:x:1</identifier></header><metadata><article "
                + "xmlns=\"https://jats.nlm.nih.gov/ns/archiving/1.3/\"><front><journal-meta><journal-title-group>"
                + "<journal-title>Lakeshore Haematology</journal-title></journal-title-group></journal-meta><article-meta>"
                + "<title-group><article-title>Velorimab in myeloma</article-title></title-group><contrib-group><contrib "
                + "contrib-type=\"author\"><name><surname>Brandvold</surname><given-names>Ilse</given-names></name><xref "
                + "ref-type=\"aff\" rid=\"A1\">1</xref></contrib><aff id=\"A1\"><label>1</label><institution-wrap>"
                + "<institution-id institution-id-type=\"ror\">https://ror.org/000</institution-id><institution>Division "
                + "of Haematology</institution><institution>Lakeshore Clinic</institution></institution-wrap>, Oslo</aff>"
                + "</contrib-group><abstract><p>Velorimab blocks CXCR3.</p></abstract></article-meta></front></article>"
                + "</metadata></record></GetRecord></OAI-PMH>");
        Files.writeString(dir.resolve("refused.xml"), "<?xml version=\"1.0\"?><OAI-PMH><error code=\"idDoesNotExist\">"
                + "No such record</error></OAI-PMH>");
        read(dir);
        String record = only("record").text();
        assertTrue(record.contains("FAU - Brandvold, Ilse\nAD  - Division of Haematology, Lakeshore Clinic, Oslo\n"), record);
        assertTrue(record.contains("JT  - Lakeshore Haematology\n"), record);
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains("idDoesNotExist")), errors.toString());
    }
}
