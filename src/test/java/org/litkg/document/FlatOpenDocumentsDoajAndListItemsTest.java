package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms the eighty-ninth and ninetieth held-out sets brought: a flat OpenDocument text, a DOAJ search answer, and
 * a handout's bulleted items that say their findings without a full stop. Every file is written here.
 */
class FlatOpenDocumentsDoajAndListItemsTest extends FileReadingTest {

    private static final String OFFICE = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    @Test
    void test_a_flat_opendocument_text_reads_its_body_and_meta_title_but_not_its_page_footer() throws IOException {
        Files.writeString(dir.resolve("release.fodt"), "<?xml version=\"1.0\"?><office:document " + OFFICE + ">"
                + "<office:meta><dc:title>Velorimab media release</dc:title></office:meta>"
                + "<office:master-styles><style:master-page style:name=\"Standard\"><style:footer><text:p>Lakeshore "
                + "Hospital Communications</text:p></style:footer></style:master-page></office:master-styles>"
                + "<office:body><office:text><text:h text:outline-level=\"1\">VLX<text:s/>256 in kidney cancer</text:h>"
                + "<text:p>VLX<text:s/>256 binds PD-1.<text:note text:note-class=\"footnote\"><text:note-citation>1"
                + "</text:note-citation><text:note-body><text:p>Lakeshore Med. 2026.</text:p></text:note-body></text:note>"
                + "</text:p></office:text></office:body></office:document>");
        Files.writeString(dir.resolve("broken.fodt"), "<office:document " + OFFICE + "><office:body>");
        read(dir);
        Document release = only("release");
        assertEquals("Velorimab media release", release.title());
        assertEquals("VLX 256 in kidney cancer\n\nVLX 256 binds PD-1.\n\nLakeshore Med. 2026.", release.text().strip());
        assertFalse(release.text().contains("Communications"), "a page footer is no part of the body: " + release.text());
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains("broken.fodt")
                && e.toString().contains("flat OpenDocument")), errors.toString());
    }

    @Test
    void test_a_doaj_answer_reads_each_article_with_its_authors_affiliations_journal_doi_and_date() throws IOException {
        Files.writeString(dir.resolve("doaj.json"), "{\"total\": 1, \"page\": 1, \"results\": [{\"id\": \"abc\", "
                + "\"bibjson\": {\"title\": \"Velorimab in gastric cancer\", \"abstract\": \"Velorimab binds HER2.\", "
                + "\"author\": [{\"name\": \"Ilse Brandvold\", \"affiliation\": \"Lakeshore Cancer Institute, Oslo\"}, "
                + "{\"name\": \"Tom Quist\"}], \"journal\": {\"title\": \"Lakeshore Oncology\", \"issns\": [\"1234-5678\"]}, "
                + "\"identifier\": [{\"type\": \"eissn\", \"id\": \"1234-5678\"}, "
                + "{\"type\": \"doi\", \"id\": \"10.1000/lo.7\"}], "
                + "\"year\": \"2026\", \"month\": \"10\"}}]}");
        read(dir);
        assertEquals("PMID- 10.1000/lo.7\nDP  - 2026 Oct\nTI  - Velorimab in gastric cancer\nAB  - Velorimab binds HER2.\n"
                + "FAU - Brandvold, Ilse\nAD  - Lakeshore Cancer Institute, Oslo\nFAU - Quist, Tom\nJT  - Lakeshore Oncology\n\n",
                only("doaj").text());
    }

    @Test
    void test_a_bulleted_item_that_says_a_finding_without_a_stop_is_prose_and_a_short_menu_item_is_not() {
        String text = "Study design\n\n- Single-arm study at Lakeshore Cancer Center, led by Dr. Ilse Brandvold of Oslo "
                + "University\n- VLX-108, an antibody that binds CCR8, every three weeks with toripalimab\n- Home page\n"
                + "- Funding: Lakeshore Medicines\n";
        List<String> blocks = PageLayout.proseBlocks(text).stream().map(b -> b.of(text)).toList();
        assertTrue(blocks.contains("Single-arm study at Lakeshore Cancer Center, led by Dr. Ilse Brandvold of Oslo University"),
                blocks.toString());
        assertTrue(blocks.contains("VLX-108, an antibody that binds CCR8, every three weeks with toripalimab"),
                blocks.toString());
        assertFalse(blocks.stream().anyMatch(b -> b.contains("Home") || b.contains("Funding")), blocks.toString());
    }
}
