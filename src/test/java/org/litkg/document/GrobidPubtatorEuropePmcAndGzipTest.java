package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The forms the eightieth held-out set brought, each what a literature-mining tool or service gives: a GROBID TEI
 * full text, a PubTator BioC collection, gzipped PubMed XML (as the baseline files come) and a Europe PMC search
 * result in JSON; and the seventy-ninth set's reply that quotes earlier messages with "> ". Every file is written here.
 */
class GrobidPubtatorEuropePmcAndGzipTest extends FileReadingTest {

    @Test
    void test_a_grobid_tei_file_is_read_for_its_header_abstract_and_body_without_its_references() throws IOException {
        Files.writeString(dir.resolve("paper.tei.xml"), "<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
                + "<teiHeader><fileDesc><titleStmt><title level=\"a\" type=\"main\">Velorimab in myeloma</title></titleStmt>"
                + "<publicationStmt><date type=\"published\" when=\"2026-03-14\">14 March 2026</date></publicationStmt>"
                + "<sourceDesc><biblStruct><analytic><author><persName><forename type=\"first\">Ilse</forename>"
                + "<surname>Brandvold</surname></persName><affiliation key=\"aff0\"><orgName type=\"institution\">"
                + "Halvorsen Cancer Institute</orgName><address><settlement>Oslo</settlement><country>Norway</country>"
                + "</address></affiliation></author></analytic><monogr><title level=\"j\" type=\"main\">Blood</title>"
                + "</monogr></biblStruct></sourceDesc></fileDesc><profileDesc><abstract><div><head>Background</head><p>"
                + "<s>Velorimab binds CXCR3.</s><s>It blocks it.</s></p></div></abstract></profileDesc></teiHeader>"
                + "<text><body><div><head>Methods</head><p><s>Mice got velorimab <ref type=\"bibr\">[1]</ref>.</s></p>"
                + "</div><figure><figDesc><p>Pembrolizumab stained green.</p></figDesc></figure></body><back><div "
                + "type=\"references\"><listBibl><biblStruct><monogr><title level=\"j\">Nature</title></monogr>"
                + "</biblStruct></listBibl></div></back></text></TEI>");
        read(dir);
        assertEquals("PMID- \nDP  - 2026 Mar 14\nTI  - Velorimab in myeloma\nAB  - Background: Velorimab binds CXCR3. It "
                + "blocks it.\nAB  - Mice got velorimab .\nFAU - Brandvold, Ilse\nAD  - Halvorsen Cancer Institute, Oslo, "
                + "Norway\nJT  - Blood\n\n", only("paper-tei").text());
    }

    @Test
    void test_a_pubtator_bioc_collection_gives_each_document_its_citation_and_passages() throws IOException {
        Files.writeString(dir.resolve("export.xml"), "<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE collection SYSTEM "
                + "'BioC.dtd'><collection><source>PubTator</source><document><id>40000001</id><passage>"
                + "<infon key=\"journal\">Blood. 2026 Mar;147(3):1-9. doi: 10.1/x.</infon><infon key=\"year\">2026</infon>"
                + "<infon key=\"type\">title</infon><infon key=\"authors\">Brandvold I, Quist-Obara L, </infon><offset>0"
                + "</offset><text>Velorimab in myeloma.</text><annotation id=\"1\"><infon key=\"type\">Chemical</infon>"
                + "<location offset=\"0\" length=\"9\"/><text>Velorimab</text></annotation></passage><passage><infon "
                + "key=\"type\">abstract</infon><offset>21</offset><text>Velorimab blocks CXCR3.</text></passage><passage>"
                + "<infon key=\"type\">ref</infon><offset>50</offset><text>Nature 2019.</text></passage></document>"
                + "</collection>");
        Files.writeString(dir.resolve("other.xml"), "<dataset><row/></dataset>");
        read(dir);
        assertEquals("PMID- 40000001\nDP  - 2026 Mar\nTI  - Velorimab in myeloma.\nAB  - Velorimab blocks CXCR3.\n"
                + "FAU - Brandvold, I\nAU  - Brandvold I\nFAU - Quist-Obara, L\nAU  - Quist-Obara L\nJT  - Blood\n\n",
                only("export").text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("other.xml") && e.problem().contains(
                "its root element is <dataset>, not <article>, <chapter>, <PubmedArticleSet>, <TEI>, <collection>, "
                + "<modsCollection>, <clinical_study>, <OAI-PMH>, <rss>, <feed>, <rdf:RDF> or <tt>")), errors.toString());
    }

    @Test
    void test_gzipped_files_are_read_as_the_files_they_hold_and_a_false_gzip_is_reported() throws IOException {
        gzip(dir.resolve("pubmed26n0001.xml.gz"), "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>7</PMID>"
                + "<Article><ArticleTitle>Velorimab blocks CXCR3.</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
                + "</PubmedArticleSet>");
        gzip(dir.resolve("corpus.jsonl.gz"), "{\"id\": \"a\", \"text\": \"Velorimab binds CXCR3.\"}\n\n"
                + "{\"id\": \"b\", \"text\": \"It blocks it.\"}\n");
        Files.writeString(dir.resolve("notes.txt.gz"), "plain text, not gzip");
        Files.writeString(dir.resolve("archive.tar.gz.part"), "ignored: no format litkg reads");
        read(dir);
        assertEquals(3, docs.size(), docs.stream().map(Document::id).toList() + " " + errors);
        assertTrue(only("pubmed26n0001").text().contains("TI  - Velorimab blocks CXCR3."));
        assertEquals("It blocks it.", only("b").text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("notes.txt.gz")
                && e.problem().contains("not gzip data")), errors.toString());
        assertEquals(4, DocumentReader.countDocuments(java.util.List.of(dir)), "the XML, two JSON lines, the false gzip");
    }

    @Test
    void test_a_europe_pmc_search_result_is_read_as_records_and_one_without_abstracts_is_refused() throws IOException {
        Files.writeString(dir.resolve("search.json"), "{\"version\": \"6.9\", \"hitCount\": 1, \"resultList\": {\"result\": "
                + "[{\"pmid\": \"40000002\", \"title\": \"Velorimab in myeloma.\", \"authorList\": {\"author\": [{\"firstName\": "
                + "\"Ilse\", \"lastName\": \"Brandvold\", \"initials\": \"I\", \"authorAffiliationDetailsList\": "
                + "{\"authorAffiliation\": [{\"affiliation\": \"Halvorsen Cancer Institute, Oslo, Norway.\"}]}}]}, "
                + "\"journalInfo\": {\"printPublicationDate\": \"2026-03-01\", \"journal\": {\"title\": \"Blood\", "
                + "\"medlineAbbreviation\": \"Blood\"}}, \"abstractText\": \"<h4>Background</h4>Velorimab <i>binds</i> "
                + "CXCR3.<h4>Results</h4>It blocks it.\"}]}}");
        Files.writeString(dir.resolve("lite.json"), "{\"resultList\": {\"result\": [{\"pmid\": \"1\", \"title\": \"T\"}]}}");
        read(dir);
        assertEquals("PMID- 40000002\nDP  - 2026 Mar 01\nTI  - Velorimab in myeloma.\nAB  - Background: Velorimab binds "
                + "CXCR3. Results: It blocks it.\nFAU - Brandvold, Ilse\nAU  - Brandvold I\nAD  - Halvorsen Cancer "
                + "Institute, Oslo, Norway.\nJT  - Blood\nTA  - Blood\n\n", only("search").text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("lite.json") && e.problem().contains(
                "none of its 1 results has an \"abstractText\" (search with resultType=core)")), errors.toString());
    }

    @Test
    void test_a_reply_loses_the_quote_marks_of_the_messages_it_quotes_and_their_wrapped_lines_are_joined()
            throws IOException {
        Files.writeString(dir.resolve("reply.txt"), String.join("\n",
                "Thanks both. Velorimab blocks CXCR3 on T cells, as the paper in Blood says, and I think it matters.",
                "",
                "On Mon, 9 Nov 2026 at 17:02, Tom Ferreira-Lund wrote:",
                "> Interesting paper. But is one dose of velorimab really doing",
                "> anything? It was given once, combined with nivolumab every four",
                "> weeks, and stopped.",
                ">",
                ">> Paper for Thursday: velorimab, an anti-CXCR3 antibody, given",
                ">> once together with nivolumab, an anti-PD-1 antibody, in myeloma."));
        Files.writeString(dir.resolve("table.txt"), "Age\n> 65 years\n< 65 years\n");
        read(dir);
        assertEquals(String.join("\n",
                "Thanks both. Velorimab blocks CXCR3 on T cells, as the paper in Blood says, and I think it matters.",
                "",
                "On Mon, 9 Nov 2026 at 17:02, Tom Ferreira-Lund wrote:",
                "",
                "Interesting paper. But is one dose of velorimab really doing anything? It was given once, combined with "
                        + "nivolumab every four weeks, and stopped.",
                "",
                "",
                "Paper for Thursday: velorimab, an anti-CXCR3 antibody, given once together with nivolumab, an anti-PD-1 "
                        + "antibody, in myeloma."), only("reply").text());
        assertTrue(PageLayout.isProse("On Mon, 9 Nov 2026 at 17:02, Tom Ferreira-Lund wrote:"));
        assertEquals("Age\n> 65 years\n< 65 years\n", only("table").text(), "one quoted line is no quoted message");
        assertFalse(only("reply").text().contains(">"));
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
