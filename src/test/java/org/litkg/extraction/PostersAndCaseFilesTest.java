package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wanted poster's and a case file's sentences ("CXCL12, made by stromal cells of the marrow, which binds CXCR4 and
 * holds", "detectives from Y, led by Dr. X"), a field guide's "Tumour-associated macrophages release" opening a
 * sentence, and a prize note's "Dr. X's own group at Y showed". Every text is written for the test.
 */
class PostersAndCaseFilesTest {

    @Test
    void test_a_which_clause_after_a_makers_phrase_with_its_place_is_the_made_things() {
        List<String> read = read("Known associates: CCL21, made by endothelial cells of the lymph vessels, which binds "
                + "CCR7 and holds the dendritic cells in the node.\n");
        assertTrue(read.contains("endothelial cell secretes CCL21"), read.toString());
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
        assertTrue(read.contains("CCL21 sequesters dendritic cell"), read.toString());
        assertFalse(read.contains("endothelial cell sequesters dendritic cell"), read.toString());
    }

    @Test
    void test_detectives_from_an_institution_led_by_a_person_are_a_research_team() {
        List<String> read = read("New evidence: detectives from the University of Dundee, led by Dr. Malin "
                + "Osterberg-Quaye, showed that neutrophils carry CXCR2. They reported it in Thorax.\n");
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
        assertTrue(read.contains("Malin Osterberg-Quaye affiliatedWith University of Dundee"), read.toString());
    }

    @Test
    void test_a_hyphened_cell_modifier_opening_a_sentence_names_the_cells() {
        List<String> read = read("Tumour-associated macrophages release CCL18, which binds PITPNM3.\n");
        assertTrue(read.contains("tumour-associated macrophage secretes CCL18"), read.toString());
    }

    @Test
    void test_a_persons_own_group_that_showed_something_is_led_by_the_person() {
        List<String> read = read("Judges' note: Dr. Tuulikki Brennan-Osei's own group at the University of Turku "
                + "showed last year that astrocytes release CXCL10, in a paper in Glia.\n");
        assertTrue(read.contains("study ledBy Tuulikki Brennan-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy University of Turku"), read.toString());
    }
}
