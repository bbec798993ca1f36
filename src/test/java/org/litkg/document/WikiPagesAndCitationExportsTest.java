package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms the eighty-sixth held-out set brought: a wiki page in MediaWiki markup, a Zotero library exported as CSL
 * JSON and Web of Science's plain-text export. Every file is written here.
 */
class WikiPagesAndCitationExportsTest extends FileReadingTest {

    @Test
    void test_a_wiki_page_keeps_its_prose_and_drops_templates_footnotes_categories_and_link_sections() throws IOException {
        Files.writeString(dir.resolve("page.wiki"), String.join("\n",
                "{{Infobox drug",
                "| drug_name = Velorimab",
                "| target = {{nowrap|[[CXCR3]]}}",
                "}}",
                "'''Velorimab''' is an [[monoclonal antibody|antibody]] against [[CXCR3]].<ref name=\"a\">{{cite journal "
                        + "|title=Old |journal=Blood}}</ref> It binds [[T cell]]s.<ref>Quist T. Nature.</ref><!-- check -->",
                "",
                "== Development ==",
                "A trial led by '''Tom Quist''' of the [[Lakeshore Cancer Institute]] used [https://example.org the "
                        + "drug] with ''nivolumab''.{{citation needed|date=May 2026}}",
                "",
                "{| class=\"wikitable\"",
                "|-",
                "! Drug !! Target",
                "|-",
                "| Velorimab || CXCR3",
                "|}",
                "",
                "* It is not approved.",
                "",
                "== See also ==",
                "* [[CXCL10]]",
                "== References ==",
                "{{Reflist}}",
                "[[Category:Antibodies]]",
                "[[File:Velorimab.png|thumb|A picture]]"));
        read(dir);
        Document page = only("page");
        assertEquals("Velorimab", page.title());
        assertEquals(String.join("\n\n",
                "Velorimab is an antibody against CXCR3. It binds T cells.",
                "Development",
                "A trial led by Tom Quist of the Lakeshore Cancer Institute used the drug with nivolumab.",
                "Drug: Target",
                "Velorimab: CXCR3",
                "It is not approved."), page.text());
    }

    @Test
    void test_a_csl_json_library_is_read_as_records_with_authors_journal_and_issued_date() throws IOException {
        Files.writeString(dir.resolve("library.json"), "[{\"id\": \"http://zotero.org/users/1/items/A\", \"type\": "
                + "\"article-journal\", \"title\": \"Velorimab in myeloma\", \"container-title\": \"Blood\", \"abstract\": "
                + "\"Velorimab blocks CXCR3.\", \"author\": [{\"family\": \"Brandvold\", \"given\": \"Ilse\"}, {\"literal\": "
                + "\"Tom Quist\"}], \"issued\": {\"date-parts\": [[2026, 3, 4]]}, \"PMID\": \"40000001\"}, {\"id\": \"B\", "
                + "\"type\": \"report\", \"title\": \"Sorvalimab plus nivolumab\", \"issued\": {\"date-parts\": [[\"2025\"]]}}]");
        Files.writeString(dir.resolve("other.json"), "[{\"type\": \"journal-article\", \"title\": [\"A Crossref title\"]}]");
        read(dir);
        assertEquals("PMID- 40000001\nDP  - 2026 Mar 4\nTI  - Velorimab in myeloma\nAB  - Velorimab blocks CXCR3.\n"
                + "FAU - Brandvold, Ilse\nFAU - Quist, Tom\nJT  - Blood\n\n"
                + "PMID- B\nDP  - 2025\nTI  - Sorvalimab plus nivolumab\n\n",
                only("library").text());
        assertTrue(docs.stream().noneMatch(d -> d.id().equals("other") && d.text().startsWith("PMID-")),
                "an array whose titles are arrays is no CSL JSON: " + docs);
    }

    private static final String SAVEDRECS = String.join("\n",
            "FN Clarivate Analytics Web of Science",
            "VR 1.0",
            "PT J",
            "AU Brandvold, I",
            "   Quist, T",
            "   Okafor, N",
            "AF Brandvold, Ilse",
            "   Quist, Tom",
            "   Okafor, Ngozi",
            "TI Velorimab blocks CXCR3 in",
            "   myeloma",
            "SO BLOOD ADVANCES",
            "AB Velorimab blocks CXCR3 on T cells and",
            "   frees them.",
            "C1 [Brandvold, Ilse; Okafor, Ngozi] Lakeshore Univ, Dept Med, Oslo,",
            "   Norway.",
            "   [Quist, Tom] Karolinska Inst, Stockholm, Sweden.",
            "RP Okafor, N (corresponding author), Lakeshore Univ, Oslo, Norway.",
            "PY 2026",
            "ER",
            "",
            "EF");

    @Test
    void test_a_web_of_science_export_ties_each_address_to_the_authors_it_names() {
        List<TaggedRecords.Record> records = TaggedRecords.records(SAVEDRECS);
        assertEquals(1, records.size());
        TaggedRecords.Record r = records.get(0);
        assertEquals(List.of("Brandvold, Ilse", "Quist, Tom", "Okafor, Ngozi"),
                r.authors().stream().map(f -> f.content().of(SAVEDRECS)).toList());
        assertEquals("BLOOD ADVANCES", r.journal().orElseThrow().content().of(SAVEDRECS));
        assertEquals(List.of("Lakeshore Univ", "Karolinska Inst"),
                r.affiliations().stream().map(f -> f.content().of(SAVEDRECS)).toList());
        assertEquals(List.of(List.of("Lakeshore Univ"), List.of("Karolinska Inst"), List.of("Lakeshore Univ")),
                r.affiliationsByAuthor().stream().map(fs -> fs.stream().map(f -> f.content().of(SAVEDRECS)).toList())
                        .toList());
    }

    @Test
    void test_a_web_of_science_export_is_read_unwrapped_field_by_field_and_titled_by_its_record() throws IOException {
        Files.writeString(dir.resolve("savedrecs.txt"), SAVEDRECS);
        read(dir);
        Document export = only("savedrecs");
        assertEquals(SAVEDRECS, export.text(), "the indented lines are the export's own, not a wrapped paragraph's");
        List<String> blocks = export.proseBlocks().stream().map(b -> b.of(SAVEDRECS).replaceAll("\\s+", " ")).toList();
        assertTrue(blocks.contains("Velorimab blocks CXCR3 on T cells and frees them."), blocks.toString());
        assertFalse(blocks.stream().anyMatch(b -> b.contains("corresponding author") || b.contains("Clarivate")),
                blocks.toString());
        assertEquals("Velorimab blocks CXCR3 in myeloma", export.title().replaceAll("\\s+", " "));
    }
}
