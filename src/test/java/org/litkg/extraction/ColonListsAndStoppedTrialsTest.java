package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 435 showed litkg missing: a class's members listed after the colon closing its clause ("Several CCR5
 * antagonists were developed: maraviroc, vicriviroc and aplaviroc"); a company named "X Oncology" that stops a trial
 * of its antibody, and so ran it; and G-CSF that patients "receive", a drug. Every text is written for the test.
 */
class ColonListsAndStoppedTrialsTest {

    @Test
    void test_a_class_blocks_for_each_member_listed_after_its_colon() {
        List<String> read = Readings.read("Several small-molecule CCR5 antagonists were developed to stop HIV: "
                + "maraviroc, vicriviroc and aplaviroc.");
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("aplaviroc blocks CCR5"), read.toString());
        List<String> clause = Readings.read("CCR5 antagonists work in two ways: they block HIV and calm T cells.");
        assertFalse(clause.stream().anyMatch(x -> x.contains("blocks CCR5")), clause.toString());
    }

    @Test
    void test_a_company_that_stops_a_trial_of_its_antibody_ran_it() {
        List<String> read = Readings.read("Valmont Oncology has stopped a phase 2 trial of VX-414, its antibody "
                + "against CCR8, after the drug failed to shrink tumours.");
        assertTrue(read.contains("study conductedBy Valmont Oncology"), read.toString());
    }

    @Test
    void test_a_protein_patients_receive_is_a_drug() {
        List<String> names = Readings.typedNames("Most patients first receive G-CSF, which boosts stem cells.");
        assertTrue(names.contains("DRUG G-CSF"), names.toString());
        List<String> made = Readings.typedNames("Bone marrow cells receive signals from G-CSF, a protein of the "
                + "blood.");
        assertFalse(made.contains("DRUG G-CSF"), made.toString());
    }
}
