package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-seventh held-out set (a numbered explainer, a wire story on a regulator's recommendation, an
 * alumni magazine feature, an advocacy group's release) showed missing or wrong on its first run. Every sentence is
 * written for the test.
 */
class ExplainersRecommendationsAndAlumniNewsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_committee_recommending_approval_approves_nothing_yet() {
        List<String> read = read("The European Medicines Agency's drug committee on Friday recommended approving "
                + "zenocutuzumab for lung cancers. The FDA approved zenocutuzumab in 2024.");
        assertFalse(read.stream().anyMatch(x -> x.contains("approvedBy European Medicines Agency")), read.toString());
        assertTrue(read.contains("zenocutuzumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_former_member_running_his_own_group_elsewhere_does_not_conduct_the_study() {
        List<String> read = read("The study, published in Nature Cancer, was done at Halloway University. \"It is a simple "
                + "idea,\" said Dr. Tobias Lindqvist-Ndiaye, who did the mouse work and now runs his own group at the "
                + "Karolinska Institute.");
        assertTrue(read.contains("study conductedBy Halloway University"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study conductedBy Karolinska")), read.toString());
        assertTrue(read.stream().anyMatch(x -> x.startsWith("Tobias Lindqvist-Ndiaye affiliatedWith Karolinska")),
                read.toString());
    }

    @Test
    void test_an_antibody_against_a_target_called_by_its_code_binds_the_target() {
        List<String> read = read("The team tested an antibody against CXCL8 called BMS-986253 in mice with colon tumours.");
        assertTrue(read.contains("BMS-986253 binds CXCL8"), read.toString());
    }

    @Test
    void test_a_trial_run_in_a_country_by_a_company_is_conducted_by_it() {
        List<String> read = read("In the HARMONi-2 trial, run in China by the drugmaker Akeso, patients who got "
                + "ivonescimab lived longer. The results were published in The Lancet.");
        assertTrue(read.contains("study conductedBy Akeso"), read.toString());
    }

    @Test
    void test_the_short_name_of_an_alliance_named_before_places_its_chief_executive() {
        List<String> read = read("The Pancreatic Cancer Alliance welcomed the trial on Monday. \"We are proud to help,\" "
                + "said Margaret Delaney-Fitz, the Alliance's chief executive.");
        assertTrue(read.contains("Margaret Delaney-Fitz affiliatedWith Pancreatic Cancer Alliance"), read.toString());
    }

    @Test
    void test_a_modified_partner_after_a_drug_named_by_class_is_combined_too() {
        List<String> read = read("The trial will give motixafortide, a drug that blocks CXCR4, together with the "
                + "immunotherapy cemiplimab and standard chemotherapy.");
        assertTrue(read.contains("motixafortide combinedWith cemiplimab"), read.toString());
        assertTrue(read.contains("motixafortide combinedWith chemotherapy"), read.toString());
    }

    @Test
    void test_the_other_arm_is_the_same_antibody_as_the_first_arm() {
        List<String> read = read("Ivonescimab is a bispecific antibody. One arm binds PD-1, the brake on T cells that "
                + "pembrolizumab also blocks. The other arm grabs VEGF, a growth signal.");
        assertTrue(read.contains("ivonescimab binds PD-1"), read.toString());
        assertTrue(read.contains("ivonescimab binds VEGFA"), read.toString());
        assertFalse(read.contains("pembrolizumab binds VEGFA"), read.toString());
        assertTrue(read.contains("pembrolizumab blocks PD-1"), read.toString());
    }

    @Test
    void test_t_cells_a_checkpoint_drug_is_meant_to_unleash_are_not_mobilised() {
        List<String> read = read("These cells shut down the T cells that the checkpoint inhibitor pembrolizumab is meant "
                + "to unleash.");
        assertFalse(read.stream().anyMatch(x -> x.contains("mobilizes")), read.toString());
    }

    @Test
    void test_a_lab_called_by_its_heads_surname_is_led_by_her() {
        List<String> read = read("When Professor Nadia El-Amin started her lab at Halloway University in 2014, she wanted "
                + "to know why cancers resist. In a paper published last spring in Nature Cancer, the El-Amin lab showed "
                + "that CXCL8 matters.");
        assertTrue(read.contains("study ledBy Nadia El-Amin"), read.toString());
        assertTrue(read.contains("Nadia El-Amin affiliatedWith Halloway University"), read.toString());
    }
}
