package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forms the eighty-fourth held-out set brought: a Sphinx page in reStructuredText, an AsciiDoc README, a Semantic
 * Scholar paper search result and a screening sheet saved by LibreOffice Calc. Every file and text is written here.
 */
class DocumentationMarkupAndSheetsTest extends FileReadingTest {

    @Test
    void test_restructured_text_keeps_its_prose_and_drops_markup_directives_code_and_references() throws IOException {
        Files.writeString(dir.resolve("lab.rst"), String.join("\n",
                ".. _overview:",
                "",
                "=================",
                "Velorimab project",
                "=================",
                "",
                ":Principal investigator: Dr. Ilse Brandvold, Halvorsen University",
                "",
                ".. contents:: On this page",
                "   :local:",
                "",
                "Background",
                "----------",
                "",
                "**Velorimab** blocks *CXCR3* on ``T cells`` [#ref]_, as `our paper <https://example.org/1>`_",
                "in :ref:`Nature <nature-page>` showed.",
                "",
                "1. Test whether it frees T cells.",
                "2. Compare it with sorvalimab.",
                "",
                ".. note::",
                "",
                "   Velorimab is not approved.",
                "",
                "Run this::",
                "",
                "   velorimab --dose 10",
                "",
                ".. code-block:: python",
                "",
                "   print('CXCR5')",
                "",
                "References",
                "----------",
                "",
                ".. [#ref] Quist T. Corvalimab blocks CXCR5. Lancet. 2020."));
        read(dir);
        Document doc = only("lab");
        assertEquals("Velorimab project", doc.title());
        assertEquals(String.join("\n\n", "Velorimab project",
                "Principal investigator: Dr. Ilse Brandvold, Halvorsen University", "Background",
                "Velorimab blocks CXCR3 on T cells, as our paper in Nature showed.", "Test whether it frees T cells.",
                "Compare it with sorvalimab.", "Velorimab is not approved.", "Run this:"), doc.text());
    }

    @Test
    void test_asciidoc_keeps_its_author_and_prose_and_drops_attributes_admonition_labels_code_and_references()
            throws IOException {
        Files.writeString(dir.resolve("trial.adoc"), String.join("\n",
                "= VELO-1: velorimab in myeloma",
                "Ilse Brandvold <ib@example.org>; Tom Quist",
                "v1.2, 2026-09-30",
                ":drug: velorimab",
                ":toc: left",
                "",
                "// a comment the reader never sees",
                "[abstract]",
                ".Summary",
                "VELO-1 tests {drug} with *sorvalimab*.",
                "",
                "== About",
                "",
                "NOTE: Velorimab blocks _CXCR3_, link:https://example.org[as reported] in <<ref1,our paper>>.",
                "",
                "* Arm A: velorimab plus sorvalimab",
                "* Arm B: sorvalimab alone",
                "",
                "[source,python]",
                "----",
                "print('CXCR5')",
                "----",
                "",
                "[bibliography]",
                "== References",
                "",
                "- [[[ref1]]] Quist T. Corvalimab blocks CXCR5. Lancet. 2020."));
        read(dir);
        Document doc = only("trial");
        assertEquals("VELO-1: velorimab in myeloma", doc.title());
        assertEquals(String.join("\n\n", "VELO-1: velorimab in myeloma", "Ilse Brandvold; Tom Quist", "Summary",
                "VELO-1 tests velorimab with sorvalimab.", "About",
                "Velorimab blocks CXCR3, as reported in our paper.", "Arm A: velorimab plus sorvalimab",
                "Arm B: sorvalimab alone"), doc.text());
    }

    @Test
    void test_a_semantic_scholar_search_is_read_as_records_with_each_authors_affiliations() throws IOException {
        Files.writeString(dir.resolve("s2.json"), "{\"total\": 1, \"offset\": 0, \"data\": [{\"paperId\": \"abc123\", "
                + "\"externalIds\": {\"DOI\": \"10.1/a\", \"PubMed\": \"40000002\"}, \"title\": \"Velorimab in myeloma\", "
                + "\"abstract\": \"Velorimab blocks CXCR3.\", \"venue\": \"Blood\", \"year\": 2026, \"publicationDate\": "
                + "\"2026-05-04\", \"journal\": {\"name\": \"Blood Advances\", \"volume\": \"10\"}, \"authors\": ["
                + "{\"authorId\": \"1\", \"name\": \"Ilse Brandvold\", \"affiliations\": [\"Halvorsen University\"]}, "
                + "{\"authorId\": \"2\", \"name\": \"Tom van Quist\"}]}]}");
        read(dir);
        assertEquals("PMID- 40000002\nDP  - 2026 May 04\nTI  - Velorimab in myeloma\nAB  - Velorimab blocks CXCR3.\n"
                + "FAU - Brandvold, Ilse\nAD  - Halvorsen University\nFAU - van Quist, Tom\nJT  - Blood Advances\n\n",
                only("s2").text());
    }

    @Test
    void test_an_open_document_spreadsheet_is_read_as_a_reference_list_past_calcs_repeated_padding() throws IOException {
        String cell = "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>";
        String padding = "<table:table-cell table:number-columns-repeated=\"16380\"/>";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"Codebook\"><table:table-row>" + cell.formatted("field") + cell.formatted("meaning")
                + "</table:table-row></table:table>"
                + "<table:table table:name=\"Screening\"><table:table-row>" + cell.formatted("title")
                + cell.formatted("authors") + cell.formatted("journal") + cell.formatted("abstract") + padding
                + "</table:table-row><table:table-row>" + cell.formatted("Velorimab in myeloma")
                + cell.formatted("Brandvold, Ilse; Quist, Tom")
                + "<table:table-cell table:number-columns-repeated=\"1\"/>"
                + "<table:table-cell><text:p>Velorimab<text:s/>blocks <text:span>CXCR3</text:span>.</text:p>"
                + "<text:p>It frees T cells.</text:p><office:annotation><text:p>check dose</text:p></office:annotation>"
                + "</table:table-cell>" + padding + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\">" + padding + "</table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        parts.put("content.xml", content);
        Files.write(dir.resolve("screening.ods"), zip(parts));
        Files.write(dir.resolve("empty.ods"), zip(Map.of("content.xml", content.replaceAll("<table:table table:name=\""
                + "Screening\">.*?</table:table>", ""))));
        read(dir);
        String text = only("screening").text();
        assertTrue(text.contains("TI  - Velorimab in myeloma\n"), text);
        assertTrue(text.contains("AB  - Velorimab blocks CXCR3.\nIt frees T cells.") || text.contains("AB  - Velorimab "
                + "blocks CXCR3. It frees T cells."), "the cell's two paragraphs, not its comment: " + text);
        assertTrue(!text.contains("check dose") && !text.contains("JO  - Velorimab"), text);
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("empty.ods")
                && e.problem().contains("'Codebook': field, meaning")), "a sheet that is no list is named: " + errors);
    }
}
