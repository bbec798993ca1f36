package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifty-ninth held-out set (a chaplain's homily, a journal's correction notice, a yearbook's
 * faculty award page, a PhD examiners' report) showed missing on its first run. Every sentence is written for the
 * test.
 */
class HomiliesCorrectionsYearbooksAndExaminersTest {

    @Test
    void test_a_quoted_sentence_a_correction_calls_an_error_is_not_asserted() {
        List<String> read = read("2. In the Results, \"tocilizumab blocks CCR7\" was an editing error. Tocilizumab does "
                + "not block CCR7; it binds the IL-6 receptor.");
        assertFalse(read.contains("tocilizumab blocks CCR7"), read.toString());
        assertTrue(read.contains("tocilizumab blocks CCR7 NEG"), read.toString());
    }

    @Test
    void test_an_affiliation_given_wrongly_places_no_one_and_the_corrected_one_does_with_the_study_done_there() {
        List<String> read = read("The corresponding author, Dr. Ines Vargas-Holloway, led the study. The affiliation of "
                + "Dr. Ines Vargas-Holloway was given as Bascom Palmer Eye Institute, University of Miami. Her correct "
                + "affiliation is Moran Eye Center, University of Utah, where the study was done.");
        assertFalse(read.contains("Ines Vargas-Holloway affiliatedWith Bascom Palmer Eye Institute"), read.toString());
        assertTrue(read.contains("Ines Vargas-Holloway affiliatedWith Moran Eye Center"), read.toString());
        assertTrue(read.contains("study conductedBy University of Utah"), read.toString());
    }

    @Test
    void test_a_doctor_who_leads_the_named_trial_here_at_a_hospitals_centre_leads_it_there() {
        List<String> read = read("The trial is called PANCRIS-3, and Dr. Omar Lindqvist-Bamba leads it here at the "
                + "hospital's Abramson Cancer Center.");
        assertTrue(read.contains("study ledBy Omar Lindqvist-Bamba"), read.toString());
        assertTrue(read.contains("study conductedBy Abramson Cancer Center"), read.toString());
    }

    @Test
    void test_a_chemokine_that_keeps_cells_packed_around_a_tumour_sequesters_them() {
        List<String> read = read("The tumour cells send out CXCL1, which binds CXCR2 on neutrophils and keeps them "
                + "packed around the tumour.");
        assertTrue(read.contains("CXCL1 sequesters neutrophil"), read.toString());
    }

    @Test
    void test_her_lab_in_a_department_of_two_fields_places_her_in_the_whole_department() {
        List<String> read = read("Dr. Lucia Brandvold-Eze has taught here since 2011, and her lab in the Department of "
                + "Pathology and Immunology studies Toxoplasma.");
        assertTrue(read.contains("Lucia Brandvold-Eze affiliatedWith Department of Pathology and Immunology"),
                read.toString());
    }

    @Test
    void test_a_thesis_reports_candidate_is_a_person_and_a_school_named_head_first_is_an_organisation() {
        String text = "Joint Report of the Examiners\nCandidate: Rui Damasceno-Achterberg\n"
                + "Supervisor: Prof. Clara Meirelles-Boateng, Escola Paulista de Enfermagem, Universidade Federal de São "
                + "Paulo\n\nThe candidate shows that alveolar macrophages secrete CCL2.\n";
        List<String> names = typedNames(text);
        assertTrue(names.contains("PERSON Rui Damasceno-Achterberg"), names.toString());
        List<String> read = read(text);
        assertTrue(read.contains("Clara Meirelles-Boateng affiliatedWith Escola Paulista de Enfermagem"), read.toString());
    }
}
