package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document kinds the sixty-seventh and sixty-eighth held-out sets brought: text taken from a PDF or an e-mail,
 * wrapped at a fixed width with words broken at line ends; a JATS article and PubMed's XML, read as the MEDLINE
 * records they export to. Every text is written for the test.
 */
class WrappedTextAndArticleXmlTest {

    @TempDir
    Path dir;

    private static final String WRAPPED = """
            GASTRIC ONCOLOGY NOTES                                  Vol. 3 (2026)

            Abstract
            Fibroblast growth factor receptor 9b, the epithelial iso-
            form of the receptor, is found on gastric cancer cells in a third of
            advanced tumours. Velotuzumab binds the receptor and blocks it from
            signalling in the long-term responders, which shows that the long-
            term benefit is real.

            GI Onc Notes 2026;3:41-52                                Page 2 of 9

            Natural killer cells, which the antibody recruits to the tumour, then
            secrete interferon-gamma on contact with the coated cancer cells of
            the stomach and the lymph nodes around it, as the team reported.
            """;

    @Test
    void test_a_wrapped_text_is_joined_into_paragraphs_and_its_broken_words_mended() {
        String text = WrappedLines.unwrap(WRAPPED);
        assertTrue(text.contains("the epithelial isoform of the receptor, is found on gastric cancer cells in a third of "
                + "advanced tumours."), text);
        assertTrue(text.contains("which shows that the long-term benefit is real."), text); // "long-term" is written so
        assertFalse(text.contains("Page 2 of 9"), text);
    }

    @Test
    void test_a_sentence_broken_by_a_page_footer_joins_across_it() {
        String wrapped = WRAPPED.replace("then\nsecrete", "which\n\nGI Onc Notes 2026;3:41-52          Page 3 of 9\n\nsecrete")
                .replace("Natural killer cells, which the antibody recruits to the tumour,",
                        "Natural killer cells are what the antibody recruits to the tumour, cells");
        String text = WrappedLines.unwrap(wrapped);
        assertTrue(text.contains("cells which secrete interferon-gamma on contact"), text);
    }

    @Test
    void test_a_text_written_one_paragraph_a_line_or_as_a_list_is_left_as_it_is() {
        String prose = "Velotuzumab binds the receptor and blocks it from signalling in most of the responders.\n"
                + "It was approved in 2025 by the regulator of a country that had never approved such a drug before.\n";
        assertEquals(prose, WrappedLines.unwrap(prose));
        String programme = "09:00  Welcome and introduction by the chair of the organising committee\n"
                + "09:15  Velotuzumab in gastric cancer: the phase 3 results from the trial\n"
                + "09:45  Natural killer cells and the antibodies that recruit them to tumours\n"
                + "10:15  Coffee break in the exhibition hall on the ground floor of the centre\n";
        assertEquals(programme, WrappedLines.unwrap(programme));
    }

    @Test
    void test_rows_divided_into_fields_by_spaced_dashes_stay_rows_however_long() {
        String wrapped = "Using single-cell sequencing of fourteen lesional biopsies, we found that the\n"
                + "keratinocytes in the basal layer are the main source of CXCL10, and that they\n"
                + "release it in response to interferon-gamma. Dermal fibroblasts secrete CXCL9 but\n"
                + "little CXCL10. Both chemokines bind CXCR3 on the T cells that reach the skin, and\n"
                + "the T cells that carry it stay there for as long as the disease is active in it.\n\n"
                + "Ingrid M. Okonkwo-Hale, PhD - PI - University of Massachusetts Chan Medical School\n"
                + "Kwabena Tremaine-Osei, MD - Postdoctoral fellow - University of Massachusetts Chan\n"
                + "Petra Lind-Obi, PhD - Collaborator - Karolinska Institutet, Stockholm, Sweden\n";
        String text = WrappedLines.unwrap(wrapped);
        assertTrue(text.contains("found that the keratinocytes in the basal layer"), text); // the prose is still joined
        assertTrue(text.endsWith("Medical School\nKwabena Tremaine-Osei, MD - Postdoctoral fellow - University of "
                + "Massachusetts Chan\nPetra Lind-Obi, PhD - Collaborator - Karolinska Institutet, Stockholm, Sweden\n"), text);
    }

    private static final String JATS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <article article-type="research-article"><front>
            <journal-meta><journal-id journal-id-type="nlm-ta">J Imaginary Oncol</journal-id>
            <journal-title-group><journal-title>Journal of Imaginary Oncology</journal-title></journal-title-group>
            </journal-meta>
            <article-meta><title-group><article-title>Velotuzumab in gastric cancer</article-title></title-group>
            <contrib-group>
            <contrib contrib-type="author"><name><surname>Okafor</surname><given-names>Ada</given-names></name>
            <xref ref-type="aff" rid="a1">1</xref></contrib>
            <contrib contrib-type="author"><name><surname>Lindqvist</surname><given-names>Per</given-names></name>
            <xref ref-type="aff" rid="a2">2</xref></contrib>
            </contrib-group>
            <aff id="a1"><label>1</label>University of Bergen, Bergen, Norway</aff>
            <aff id="a2"><label>2</label>Karolinska Institutet, Stockholm, Sweden</aff>
            <pub-date pub-type="epub"><day>14</day><month>03</month><year>2026</year></pub-date>
            <abstract><sec><title>Background</title><p>Velotuzumab binds FGFR9b.</p></sec>
            <sec><title>Results</title><p>It blocked the receptor.</p></sec></abstract>
            </article-meta></front>
            <body><sec><title>Introduction</title><p>Gastric cancer is common.<xref ref-type="bibr" rid="R1">1</xref></p>
            <fig id="F1"><caption><p>Survival by arm.</p></caption></fig></sec></body>
            <back><ref-list><ref id="R1"><mixed-citation>Smith J. Old work. Lancet. 2019.</mixed-citation></ref>
            </ref-list></back>
            </article>
            """;

    @Test
    void test_a_jats_article_is_read_as_a_medline_record_with_each_authors_affiliation() {
        String text = ArticleXml.text(JATS);
        assertTrue(text.startsWith("PMID- \nDP  - 2026 Mar 14\nTI  - Velotuzumab in gastric cancer\n"), text);
        assertTrue(text.contains("AB  - Background: Velotuzumab binds FGFR9b. Results: It blocked the receptor.\n"), text);
        assertTrue(text.contains("FAU - Okafor, Ada\nAD  - University of Bergen, Bergen, Norway\n"
                + "FAU - Lindqvist, Per\nAD  - Karolinska Institutet, Stockholm, Sweden\n"), text);
        assertTrue(text.contains("JT  - Journal of Imaginary Oncology\n"), text);
        assertTrue(text.contains("AB  - Gastric cancer is common.\n"), text); // the body, without its citation mark
        assertFalse(text.contains("Old work") || text.contains("Survival by arm"), text);
        List<TaggedRecords.Record> records = TaggedRecords.records(text);
        assertEquals(1, records.size());
        assertEquals(2, records.get(0).authors().size());
    }

    @Test
    void test_pubmed_xml_is_read_as_one_medline_record_an_article() {
        String xml = "<?xml version=\"1.0\"?><PubmedArticleSet>"
                + article("41000001", "Velotuzumab binds FGFR9b.", "Okafor", "Ada", "University of Bergen, Norway.")
                + article("41000002", "Tirolimab blocks PD-9.", "Haddad", "Samir", "Cleveland Clinic, USA.")
                + "</PubmedArticleSet>";
        String text = ArticleXml.text(xml);
        List<TaggedRecords.Record> records = TaggedRecords.records(text);
        assertEquals(2, records.size(), text);
        assertTrue(text.contains("PMID- 41000002\nDP  - 2026 Mar\nTI  - A title.\nAB  - RESULTS: Tirolimab blocks PD-9.\n"
                + "FAU - Haddad, Samir\nAU  - Haddad S\nAD  - Cleveland Clinic, USA.\nJT  - Nature medicine\n"), text);
    }

    private static String article(String pmid, String abstractText, String last, String fore, String affiliation) {
        return "<PubmedArticle><MedlineCitation><PMID Version=\"1\">" + pmid + "</PMID><Article><Journal><JournalIssue>"
                + "<PubDate><Year>2026</Year><Month>Mar</Month></PubDate></JournalIssue><Title>Nature medicine</Title>"
                + "</Journal><ArticleTitle>A title.</ArticleTitle><Abstract><AbstractText Label=\"RESULTS\">"
                + abstractText + "</AbstractText></Abstract><AuthorList><Author><LastName>" + last + "</LastName>"
                + "<ForeName>" + fore + "</ForeName><Initials>" + fore.charAt(0) + "</Initials><AffiliationInfo>"
                + "<Affiliation>" + affiliation + "</Affiliation></AffiliationInfo></Author></AuthorList></Article>"
                + "</MedlineCitation></PubmedArticle>";
    }

    @Test
    void test_xml_of_another_kind_is_refused_with_what_its_root_is() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleXml.text("<?xml version=\"1.0\"?><svg><g/></svg>"));
        assertTrue(e.getMessage().contains("<svg>"), e.getMessage());
    }

    @Test
    void test_the_file_reader_reads_xml_and_wrapped_text_and_reports_other_xml() throws IOException {
        Files.writeString(dir.resolve("article.xml"), JATS);
        Files.writeString(dir.resolve("drawing.xml"), "<svg/>");
        Files.writeString(dir.resolve("review.txt"), WRAPPED);
        List<Document> docs = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        new DocumentReader().read(List.of(dir), docs::add, errors::add);
        assertEquals(2, docs.size());
        assertEquals("Velotuzumab in gastric cancer", docs.get(0).title());
        assertTrue(docs.get(1).text().contains("epithelial isoform of the receptor"), docs.get(1).text());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).toString().contains("drawing.xml") && errors.get(0).toString().contains("<svg>"),
                errors.get(0).toString());
    }
}
