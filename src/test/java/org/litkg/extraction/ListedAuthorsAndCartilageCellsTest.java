package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 350 showed litkg missing: an "About the study" box's authors listed with their bracketed
 * institutions, each of which conducts the study, and cartilage cells. Every text is written for the test.
 */
class ListedAuthorsAndCartilageCellsTest {

    @Test
    void test_listed_authors_with_bracketed_institutions_are_placed_and_their_institutions_conduct() {
        List<String> read = Readings.read("The study, led by Professor Ana Lima, was published in Brain. The authors "
                + "are Ana Lima (University of Porto), Rui Costa (University of Lisbon) and Ines Sousa (University of "
                + "Porto).");
        assertTrue(read.contains("Rui Costa affiliatedWith University of Lisbon"), read.toString());
        assertTrue(read.contains("Ines Sousa affiliatedWith University of Porto"), read.toString());
        assertTrue(read.contains("study conductedBy University of Lisbon"), read.toString());
    }

    @Test
    void test_a_drug_with_its_maker_in_brackets_is_no_person() {
        List<String> names = Readings.typedNames("Patients took Mozobil (Sanofi Genzyme) and filgrastim.");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("PERSON")), names.toString());
    }

    @Test
    void test_cartilage_cells_are_a_cell_type() {
        List<String> read = Readings.read("Cartilage cells in damaged joints secrete CCL7.");
        assertTrue(read.contains("chondrocyte secretes CCL7"), read.toString());
    }
}
