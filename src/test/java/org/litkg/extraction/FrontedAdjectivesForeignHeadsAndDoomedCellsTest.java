package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 361 showed litkg missing or misreading: an opening phrase whose adjective the tagger calls a
 * verb ("In mice prone to heart disease,"), "the institute" for an institution that keeps its own language's head
 * ("Karolinska Institutet"), a code apposed to an indefinite antibody phrase inside a fronted clause, and "marks them
 * for destruction" after one receptor, where "them" are the cells. Every text is written for the test.
 */
class FrontedAdjectivesForeignHeadsAndDoomedCellsTest {

    @Test
    void test_a_name_in_an_opening_phrase_with_a_mistagged_adjective_is_no_apposed_subject() {
        List<String> read = Readings.read("In mice prone to heart disease, the walls of inflamed arteries "
                + "release CCL5.");
        assertTrue(read.contains("artery secretes CCL5"), read.toString());
        assertFalse(read.contains("heart disease secretes CCL5"), read.toString());
    }

    @Test
    void test_the_institute_is_an_institutet_named_before() {
        List<String> read = Readings.read("Researchers at the Karolinska Institutet found it. Dr. Lena Berg, a "
                + "cardiologist at the institute, led the study.");
        assertTrue(read.contains("Lena Berg affiliatedWith Karolinska Institutet"), read.toString());
    }

    @Test
    void test_a_code_apposed_to_an_indefinite_antibody_in_a_fronted_clause_is_a_drug() {
        List<String> names = Readings.typedNames("When the team gave the rats QX-19, an experimental antibody that "
                + "latches onto CCL5, plaques were smaller.");
        assertTrue(names.contains("DRUG QX-19"), names.toString());
    }

    @Test
    void test_them_marked_for_destruction_after_one_receptor_are_the_cells() {
        List<String> read = Readings.read("Velomab attaches to CCR8 on the cancerous T cells and marks them for "
                + "destruction by the immune system.");
        assertTrue(read.contains("velomab binds CCR8"), read.toString());
        assertFalse(read.contains("velomab blocks CCR8"), read.toString());
    }
}
