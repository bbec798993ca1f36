package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.VerseLines;

/** A call for abstracts' keynote line, a ballad's stanzas. Every text is written for the test. */
class CallsCasesBalladsAndBriefsTest {

    @Test
    void test_a_keynote_whose_team_showed_a_finding_in_a_journal_led_that_study() {
        List<String> read = read("Keynote: Professor Ana Lindholm-Reyes (Lund University), whose team showed in "
                + "Science Immunology that CCL19 binds CCR7 on dendritic cells.");
        assertTrue(read.contains("study publishedIn Science Immunology"), read.toString());
        assertTrue(read.contains("study ledBy Ana Lindholm-Reyes"), read.toString());
        assertTrue(read.contains("study conductedBy Lund University"), read.toString());
    }

    @Test
    void test_a_stanza_whose_lines_go_on_in_lower_case_is_read_as_sentences() {
        List<String> read = read(VerseLines.join("""
                The Ballad of the Marrow

                Down in the bone the stem cells sleep,
                held fast by CXCL12;
                But motixafortide blocks CXCR4
                and sets them free to roam.
                """));
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
        assertTrue(read.contains("motixafortide blocks CXCR4"), read.toString());
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_line_too_long_for_verse_is_not_joined_as_verse() {
        String text = """
                Plerixafor, which the FDA approved in 2008 to collect stem cells, blocks CXCR4
                and frees the cells.
                """;
        assertEquals(text, VerseLines.join(text));
    }

    @Test
    void test_a_spelled_out_tables_next_field_does_not_go_on_a_row_as_verse() {
        String text = """
                Percentage of blood CD4 T cells carrying CXCR3
                tb_culture: binary, the sputum culture's result.
                """;
        assertEquals(text, VerseLines.join(text));
    }
}
