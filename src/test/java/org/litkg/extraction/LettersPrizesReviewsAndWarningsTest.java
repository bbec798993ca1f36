package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-tenth held-out set (a letter to the editor, a society's prize announcement, a book review, a
 * wire story on a regulator's warning) showed missing or wrong on its first run. Every sentence is written for the test.
 */
class LettersPrizesReviewsAndWarningsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_receptors_that_cells_use_are_carried_by_those_cells() {
        List<String> read = read("Cenicriviroc blocks both CCR2 and CCR5, two receptors that monocytes and macrophages use "
                + "to enter the inflamed liver.");
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CCR5 expressedOn macrophage"), read.toString());
    }

    @Test
    void test_a_receptor_that_a_virus_uses_is_carried_by_no_cell() {
        List<String> read = read("Maraviroc blocks CCR5, a receptor that HIV uses to enter cells.");
        assertFalse(read.stream().anyMatch(x -> x.contains("expressedOn")), read.toString());
    }

    @Test
    void test_the_main_chemokine_for_a_receptor_binds_it() {
        List<String> read = read("CCL2, which injured liver cells release in large amounts, is the main chemokine for CCR2.");
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
    }

    @Test
    void test_a_company_running_a_trial_of_a_drug_is_named_and_conducts_it() {
        List<String> read = read("The earlier phase 3 trial of cenicriviroc, run by Allergan, was stopped because the drug "
                + "did not improve scarring.");
        assertTrue(read.contains("study conductedBy Allergan"), read.toString());
    }

    @Test
    void test_a_hyphenated_surname_alone_after_a_title_is_the_person_named_in_full() {
        List<String> read = read("The Society named Professor Ingrid Halvorsen-Diallo of the Baltic Institute of Molecular "
                + "Medicine as the winner. Professor Halvorsen-Diallo is honoured for two decades of work. In a series of "
                + "papers, her laboratory showed that lymph nodes produce CCL19.");
        assertTrue(read.contains("study ledBy Ingrid Halvorsen-Diallo"), read.toString());
        assertTrue(read.contains("study conductedBy Baltic Institute of Molecular Medicine"), read.toString());
    }

    @Test
    void test_lymph_vessels_are_a_tissue_that_secretes() {
        List<String> read = read("Her laboratory showed that the lymph vessels produce two chemokines, CCL19 and CCL21.");
        assertTrue(read.contains("lymphatic vessel secretes CCL19"), read.toString());
    }

    @Test
    void test_a_name_apposed_after_a_drug_noun_and_its_makers_phrase_is_a_drug() {
        String text = "The Society named Professor Ingrid Halvorsen-Diallo of the Baltic Institute of Molecular Medicine. An "
                + "antibody developed in her laboratory, BIMM-7, blocks CCR7.";
        assertTrue(Readings.entities(text).stream().anyMatch(e -> e.names().containsKey("BIMM-7")
                && e.type() == EntityType.DRUG), Readings.entities(text).toString());
        assertTrue(read(text).contains("BIMM-7 blocks CCR7"), read(text).toString());
    }

    @Test
    void test_a_reviewed_by_line_names_its_reviewer() {
        String text = "Reviewed by Samuel Okonjo-Reyes\n\nFor most of the last century, the idea was treated as a fantasy.";
        assertTrue(Readings.entities(text).stream().anyMatch(e -> e.names().containsKey("Samuel Okonjo-Reyes")
                && e.type() == EntityType.PERSON), Readings.entities(text).toString());
    }

    @Test
    void test_a_letters_signature_with_a_unit_places_its_writer() {
        String text = "Sir, your report contained several errors. The study was published in Hepatology.\n\n"
                + "Dr. Tobias Mwangi-Larsen\nConsultant Hepatologist, Thornbury Liver Unit, Bristol\n";
        List<String> read = read(text);
        assertTrue(read.contains("Tobias Mwangi-Larsen affiliatedWith Thornbury Liver Unit"), read.toString());
    }
}
