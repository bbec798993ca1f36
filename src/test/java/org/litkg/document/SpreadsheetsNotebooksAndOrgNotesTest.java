package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The document kinds the seventy-eighth held-out set brought: an Excel screening sheet, a Jupyter notebook, PubMed's
 * {@code .nbib} export and Emacs Org-mode notes. Every file is written here for the test.
 */
class SpreadsheetsNotebooksAndOrgNotesTest extends FileReadingTest {

    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private static Map<String, String> workbook(String sheets, String relationships, String... sheetParts) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", "<workbook " + MAIN + "><sheets>" + sheets + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\">" + relationships + "</Relationships>");
        for (int i = 0; i < sheetParts.length; i++) {
            parts.put("xl/worksheets/sheet" + (i + 1) + ".xml", "<worksheet " + MAIN + "><sheetData>" + sheetParts[i]
                    + "</sheetData></worksheet>");
        }
        return parts;
    }

    private static String relationship(int n) {
        return "<Relationship Id=\"rId" + n + "\" Type=\"worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    }

    @Test
    void test_an_excel_workbook_is_read_sheet_by_sheet_as_a_reference_list_in_the_workbooks_order() throws IOException {
        Map<String, String> book = workbook("<sheet name=\"Codebook\" sheetId=\"2\" r:id=\"rId2\"/>"
                + "<sheet name=\"Included\" sheetId=\"1\" r:id=\"rId1\"/>", relationship(1) + relationship(2),
                // the title is a shared string in two rich-text runs, the journal an inline string, the year a number;
                // the authors' column is empty in the header's row gap (C) and the notes are no field of the record
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>2</v>"
                        + "</c><c r=\"E1\" t=\"s\"><v>3</v></c><c r=\"F1\" t=\"s\"><v>4</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Blood</t></is></c>"
                        + "<c r=\"D2\"><v>2026</v></c><c r=\"E2\" t=\"s\"><v>6</v></c><c r=\"F2\" t=\"b\"><v>1</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"e\"><v>#REF!</v></c></row>",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Field</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Velorimab binds CXCR3.</t></is></c></row>");
        book.put("xl/sharedStrings.xml", "<sst " + MAIN + "><si><t>Title</t></si><si><t>Journal</t></si><si><t>Year</t>"
                + "</si><si><t>Abstract</t></si><si><t>Screening decision</t></si><si><r><t xml:space=\"preserve\">Velorimab "
                + "in </t></r><r><rPr><i/></rPr><t>myeloma</t></r><rPh><t>ベロ</t></rPh></si><si><t>Velorimab blocks CXCR3 "
                + "on T cells.</t></si></sst>");
        Files.write(dir.resolve("screening.xlsx"), zip(book));
        Files.write(dir.resolve("tally.xlsx"), zip(workbook("<sheet name=\"Tally\" sheetId=\"1\" r:id=\"rId1\"/>",
                relationship(1), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Reviewer</t></is></c><c r=\"B1\" "
                        + "t=\"inlineStr\"><is><t>Count</t></is></c></row>")));
        Files.write(dir.resolve("old.xlsx"), zip(Map.of("Workbook", "not a package")));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("TY  - JOUR\nTI  - Velorimab in myeloma\nJO  - Blood\nPY  - 2026\nAB  - Velorimab blocks CXCR3 on T "
                + "cells.\nER  - \n\n", docs.get(0).text());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("tally.xlsx") && e.problem().contains(
                "needs a sheet with a 'title' or 'abstract' column; its sheets' headers are 'Tally': Reviewer, Count")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("old.xlsx") && e.problem().contains(
                "not an Excel workbook: the file is no zip holding xl/workbook.xml (an .xls")), errors.toString());
        assertEquals(SourceFormat.SPREADSHEET, SourceFormat.ofMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").orElseThrow());
    }

    @Test
    void test_a_notebook_is_read_for_its_markdown_cells_without_code_outputs_or_raw_cells() throws IOException {
        Files.writeString(dir.resolve("analysis.ipynb"), "{\"cells\": ["
                + "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Velorimab re-analysis\\n\", \"\\n\","
                + " \"Velorimab *binds* CXCR3 on [T cells](https://x.org).\\n\"]},"
                + "{\"cell_type\": \"code\", \"source\": \"df = pd.read_csv('cxcr3.csv')\", \"outputs\": [{\"output_type\":"
                + " \"stream\", \"text\": [\"Pembrolizumab blocks PD-1\\n\"]}]},"
                + "{\"cell_type\": \"raw\", \"source\": \"Data: cxcr3.csv\"},"
                + "{\"cell_type\": \"markdown\", \"source\": \"- It was given with nivolumab.\"}],"
                + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        Files.writeString(dir.resolve("titled.ipynb"), "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": "
                + "\"Text.\"}], \"metadata\": {\"title\": \"Lab notes\"}}");
        Files.writeString(dir.resolve("v3.ipynb"), "{\"worksheets\": [], \"nbformat\": 3}");
        Files.writeString(dir.resolve("cut.ipynb"), "{\"cells\": [");
        read(dir);
        assertEquals(2, docs.size(), errors.toString());
        Document analysis = docs.stream().filter(d -> d.id().equals("analysis")).findFirst().orElseThrow();
        assertEquals("Velorimab re-analysis", analysis.title());
        assertEquals("Velorimab re-analysis\n\nVelorimab binds CXCR3 on T cells.\n\n\n- It was given with nivolumab.",
                analysis.text());
        assertFalse(analysis.text().contains("Pembrolizumab") || analysis.text().contains("csv"));
        assertEquals("Lab notes", docs.stream().filter(d -> d.id().equals("titled")).findFirst().orElseThrow().title());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("v3.ipynb") && e.problem().contains(
                "not a Jupyter notebook: no \"cells\" list")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.where().endsWith("cut.ipynb")
                && e.problem().startsWith("not a Jupyter notebook")), errors.toString());
    }

    @Test
    void test_org_notes_keep_their_prose_and_lose_emacs_settings_drawers_planning_and_source_blocks() throws IOException {
        Files.writeString(dir.resolve("notes.org"), String.join("\n",
                "#+TITLE: Notes on /velorimab/",
                "#+STARTUP: overview",
                "* DONE [#A] Velorimab: mechanism [1/2]            :cxcr3:mechanism:",
                "  CLOSED: [2026-11-18 Wed 17:40]",
                "  :PROPERTIES:",
                "  :SOURCE:   Northfield press kit",
                "  :END:",
                "Velorimab binds *CXCR3* on T cells and",
                "blocks it, as [[https://doi.org/10.1/x][the paper]] showed on <2026-11-19 Thu>.",
                "- [X] It was given with =nivolumab=.",
                "  1. Tested in [[https://example.org]].",
                "#+BEGIN_QUOTE",
                "The drug is not approved.",
                "#+END_QUOTE",
                "#+begin_src python",
                "  print('Pembrolizumab blocks PD-1')",
                "#+end_src",
                "# a private comment",
                ":END:",
                "| Drug      | Target |",
                "|-----------+--------|",
                "| velorimab | CXCR3  |",
                "** TODO Read the 2/3 split and/or the 1/2 dose"));
        read(dir);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("Notes on velorimab", docs.get(0).title());
        assertEquals(String.join("\n\n", "Velorimab: mechanism",
                "Velorimab binds CXCR3 on T cells and blocks it, as the paper showed on .",
                "It was given with nivolumab.", "Tested in https://example.org.", "The drug is not approved.",
                "Drug: Target", "velorimab: CXCR3", "Read the 2/3 split and/or the 1/2 dose"), docs.get(0).text());
        assertEquals(SourceFormat.ORG, SourceFormat.ofMediaType("text/x-org").orElseThrow());
    }

    @Test
    void test_pubmeds_nbib_and_an_ris_file_are_read_as_the_tagged_text_they_are() throws IOException {
        String medline = "PMID- 1\nTI  - Velorimab in myeloma.\nAB  - Velorimab blocks CXCR3.\nFAU - Quist, Maren\n"
                + "JT  - Blood\n";
        Files.writeString(dir.resolve("citations.nbib"), medline);
        Files.writeString(dir.resolve("library.ris"), "TY  - JOUR\nTI  - Velorimab\nAB  - It binds CXCR3.\nER  - \n");
        read(dir);
        assertEquals(2, docs.size(), errors.toString());
        assertEquals(medline, docs.stream().filter(d -> d.id().equals("citations")).findFirst().orElseThrow().text());
        assertEquals(SourceFormat.PLAIN, SourceFormat.ofMediaType("application/x-research-info-systems").orElseThrow());
        assertEquals(SourceFormat.PLAIN, SourceFormat.ofExtension("nbib").orElseThrow());
    }
}
