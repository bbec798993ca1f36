package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 399 showed litkg missing a company's own trial ("X4 is also testing mavorixafor ... in a phase 3 trial
 * called 4WARD, alone and together with G-CSF"): the company's short name, a trial name opening with its number, the
 * protein given as a partner drug; and the binding of a signal that "tumour cells with CCR7 sense". The texts are
 * written for the tests.
 */
class CompanyTrialsAndSensingCarriersTest {

    @Test
    void test_a_company_named_by_its_first_word_runs_the_trial_it_is_testing_a_drug_in() {
        List<String> read = Readings.read("Corvane Therapeutics makes vixarelimab. Corvane is now testing it in a "
                + "phase 2 trial called 2GETHER.");
        assertTrue(read.contains("study conductedBy Corvane Therapeutics"), read.toString());
        assertTrue(Readings.typedNames("A trial called 3CARE tests vixarelimab.").contains("CLINICAL_TRIAL 3CARE"));
    }

    @Test
    void test_the_company_named_before_runs_the_trial_it_completed() {
        List<String> read = Readings.read("Corvane Therapeutics makes CV-12. This year the company completed a phase "
                + "1 trial of CV-12.");
        assertTrue(read.contains("study conductedBy Corvane Therapeutics"), read.toString());
    }

    @Test
    void test_a_company_testing_a_drug_in_a_trial_run_by_another_runs_nothing() {
        List<String> read = Readings.read("Corvane Therapeutics is testing CV-12 in a trial run by the National "
                + "Cancer Institute.");
        assertFalse(read.contains("study conductedBy Corvane Therapeutics"), read.toString());
    }

    @Test
    void test_a_protein_given_alone_and_together_with_a_drug_is_a_drug() {
        List<String> names = Readings.typedNames("The trial tests mavorixafor alone and together with G-CSF.");
        assertTrue(names.contains("DRUG G-CSF"), names.toString());
        List<String> read = Readings.read("The trial tests mavorixafor alone and together with G-CSF.");
        assertTrue(read.contains("mavorixafor combinedWith G-CSF"), read.toString());
    }

    @Test
    void test_cells_with_a_receptor_that_sense_a_signal_carry_the_receptor_the_signal_binds() {
        List<String> read = Readings.read("Skin cells release CXCL10, and T cells with CXCR3 sense it and move in.");
        assertTrue(read.contains("CXCR3 expressedOn T cell"), read.toString());
        assertTrue(read.contains("CXCL10 binds CXCR3"), read.toString());
    }

    @Test
    void test_cells_that_use_a_receptor_to_sense_a_signal_have_the_signal_bind_it() {
        List<String> read = Readings.read("Dendritic cells use CCR7 to sense CCL19.");
        assertTrue(read.contains("CCR7 expressedOn dendritic cell"), read.toString());
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
    }
}
