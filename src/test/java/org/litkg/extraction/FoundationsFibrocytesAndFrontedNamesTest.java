package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out sets 374 and 375 showed litkg missing or misreading: cells a chemokine draws named after
 * "those", a cell word in "-ocyte" no list held, a plural head whose relative clause follows a place ("cells from
 * the bone marrow that carry"), "the hospital" taken for a hospital's foundation, and a person's name in a fronted
 * "When" clause or before a relative clause of her own, and "Its only known ligand is X". Every text is written for
 * the test.
 */
class FoundationsFibrocytesAndFrontedNamesTest {

    @Test
    void test_cells_drawn_through_a_receptor_after_a_demonstrative_carry_it() {
        List<String> read = Readings.read("Keratinocytes release CCL20, which draws those T cells into the skin "
                + "through CCR6.");
        assertTrue(read.contains("CCR6 expressedOn T cell"), read.toString());
        assertTrue(read.contains("CCL20 binds CCR6"), read.toString());
    }

    @Test
    void test_a_word_ending_in_ocyte_names_a_cell_type() {
        List<String> names = Readings.typedNames("Synoviocytes in the inflamed joint make the chemokine.");
        assertTrue(names.contains("CELL_TYPE synoviocyte"), names.toString());
    }

    @Test
    void test_a_plural_verb_after_a_place_takes_the_plural_head_before_the_place() {
        List<String> read = Readings.read("Monocytes, cells from the bone marrow that carry the CCR2 receptor, "
                + "follow the chemokine into the lung.");
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_the_hospital_is_not_a_hospitals_foundation() {
        List<String> read = Readings.read("Dr. Amos Pell works at Harrow Children's Hospital. The trial, funded by "
                + "the Harrow Children's Hospital Foundation, was led by Dr. Lena Ferro, a surgeon at the hospital.");
        assertTrue(read.contains("Lena Ferro affiliatedWith Harrow Children's Hospital"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("Lena Ferro") && r.endsWith("Foundation")),
                read.toString());
    }

    @Test
    void test_a_name_opening_a_fronted_clause_taken_up_by_her_is_a_persons() {
        List<String> names = Readings.typedNames("When Maya Okafor's leukaemia came back, her doctors offered her "
                + "a trial.");
        assertTrue(names.contains("PERSON Maya Okafor"), names.toString());
    }

    @Test
    void test_a_name_whose_own_relative_clause_says_her_is_a_persons() {
        List<String> names = Readings.typedNames("Nadia Halloran, who completed her PhD here, has won the prize.");
        assertTrue(names.contains("PERSON Nadia Halloran"), names.toString());
    }

    @Test
    void test_its_only_known_ligand_is_a_name_binds_the_protein_before() {
        List<String> read = Readings.read("CCR9 is found on gut T cells. Its only known ligand is CCL25.");
        assertTrue(read.contains("CCL25 binds CCR9"), read.toString());
        // a verb after the copula names no partner
        read = Readings.read("CCR9 is found on gut T cells. Its ligand is made by CCL25-rich cells.");
        assertFalse(read.stream().anyMatch(r -> r.contains("binds")), read.toString());
    }
}
