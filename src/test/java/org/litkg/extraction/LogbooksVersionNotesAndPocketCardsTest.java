package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.readPlain;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instrument's logbook, a preprint's version notes, a citing sentence and a clinician's pocket card. Every text is
 * written for the test.
 */
class LogbooksVersionNotesAndPocketCardsTest {

    @Test
    void test_a_logbooks_notes_cell_is_read_as_its_own_sentence_and_high_on_cells_places_the_receptor() {
        List<String> read = readPlain("Flow cytometer logbook\n\nDate | User | Hours | Notes\n"
                + "03/11 | S. Lindgren | 2 | Panel B: CCR2 high on classical monocytes from patient blood; "
                + "no CCR2 on NK cells\n"
                + "04/11 | P. Osei | 1.5 | Laser 2 realigned by the engineer\n");
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CCR2 expressedOn natural killer cell NEG"), read.toString());
    }

    @Test
    void test_a_data_dictionarys_description_of_a_variable_says_nothing() {
        List<String> read = readPlain("Data dictionary\n\nVariable | Type | Description\n"
                + "participant_id | string | Study identifier\n"
                + "cxcr3_pct | float | Percentage of blood CD4 T cells carrying CXCR3\n"
                + "tb_culture | binary | Sputum culture result\n");
        assertFalse(read.stream().anyMatch(l -> l.contains("expressedOn")), read.toString());
    }

    @Test
    void test_a_cell_made_by_one_kind_not_by_another_denies_the_other() {
        List<String> read = read("CXCL13 is made by follicular dendritic cells, not by T follicular helper cells "
                + "as the first version stated.");
        assertTrue(read.contains("follicular dendritic cell secretes CXCL13"), read.toString());
        assertTrue(read.contains("T follicular helper cell secretes CXCL13 NEG"), read.toString());
    }

    @Test
    void test_a_version_notes_accepted_in_a_journal_publishes_there() {
        List<String> read = read("v3 (12 Oct 2026): Accepted in the Journal of Experimental Medicine; text unchanged.");
        assertTrue(read.contains("study publishedIn Journal of Experimental Medicine"), read.toString());
    }

    @Test
    void test_as_opening_a_citing_sentence_is_no_part_of_the_authors_name() {
        List<String> typed = typedNames("As Ferraro-Addo and colleagues showed, CCL17 from dendritic cells draws CCR4+ "
                + "regulatory T cells into tumours.");
        assertTrue(typed.contains("PERSON Ferraro-Addo"), typed.toString());
        assertFalse(typed.contains("PERSON As Ferraro-Addo"), typed.toString());
    }

    @Test
    void test_drugs_listed_under_a_class_heading_are_of_the_class_and_their_fragments_are_read() {
        List<String> read = readPlain("POCKET CARD - CXCR4 antagonists\n\n"
                + "Plerixafor (Mozobil): subcutaneous; with G-CSF to mobilise stem cells before collection in myeloma\n"
                + "Mavorixafor (Xolremdi): oral; WHIM syndrome; FDA-approved 2024\n");
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("plerixafor combinedWith G-CSF"), read.toString());
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
        assertTrue(read.contains("mavorixafor approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_lines_under_a_heading_that_names_no_blocking_class_block_nothing() {
        List<String> read = readPlain("POCKET CARD - CXCR4 drugs\n\n"
                + "Plerixafor (Mozobil): subcutaneous; before collection in myeloma\n"
                + "Mavorixafor (Xolremdi): oral; WHIM syndrome\n");
        assertFalse(read.stream().anyMatch(l -> l.contains(" blocks ")), read.toString());
    }
}
