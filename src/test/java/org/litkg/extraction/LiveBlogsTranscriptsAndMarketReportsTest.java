package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-ninth held-out set (a congress live blog, a television news transcript, a student newspaper's
 * science story, a financial newspaper's markets report) showed missing or wrong on its first run. Every sentence is
 * written for the test.
 */
class LiveBlogsTranscriptsAndMarketReportsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    private static boolean named(String text, String name, EntityType type) {
        return Readings.entities(text).stream().anyMatch(e -> e.type() == type && e.names().containsKey(name));
    }

    @Test
    void test_a_definite_drug_reference_far_from_its_name_is_the_drug_the_text_is_about() {
        List<String> read = read("Today she is one of 40 patients in a trial testing a pill called PF-04136309. She was "
                + "scared. But they explained it well. The tumour makes CCL2. The monocytes carry CCR2. The pill blocks "
                + "CCR2.");
        assertTrue(read.contains("PF-04136309 blocks CCR2"), read.toString());
    }

    @Test
    void test_a_tumour_sending_out_a_chemokine_secretes_it() {
        List<String> read = read("Pancreatic cancer is hard to treat. The tumour sends out a chemical signal, CCL2, that "
                + "calls in monocytes.");
        assertTrue(read.contains("pancreatic cancer secretes CCL2"), read.toString());
    }

    @Test
    void test_cells_carrying_a_receptor_for_a_signal_named_after_it_carry_that_receptor_and_the_signal_binds_it() {
        List<String> read = read("The tumour makes CCL2. The monocytes carry a receptor for that signal, CCR2, and once "
                + "inside they protect it.");
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
        assertTrue(read.contains("CCL2 binds CCR2"), read.toString());
        assertFalse(read.contains("CCR2 binds CCR2"), read.toString());
    }

    @Test
    void test_it_in_a_relative_clause_on_a_name_is_not_that_name() {
        List<String> read = read("The lymphoma cells carry a receptor called CXCR5, and the stromal cells around them "
                + "make CXCL13, the chemokine that binds it.");
        assertTrue(read.contains("CXCL13 binds CXCR5"), read.toString());
    }

    @Test
    void test_an_antibody_code_written_mab_and_a_number_is_one_name() {
        List<String> read = read("Her job was testing an antibody called MAb 5261, which neutralises CXCL13.");
        assertTrue(read.contains("MAb 5261 blocks CXCL13"), read.toString());
    }

    @Test
    void test_cells_of_a_kind_of_cancer_belong_to_that_cancer_not_to_the_class_apposed_to_it() {
        List<String> read = read("The paper looks at follicular lymphoma, a slow-growing blood cancer. The lymphoma "
                + "cells carry a receptor called CXCR5.");
        assertTrue(read.contains("CXCR5 expressedOn follicular lymphoma"), read.toString());
        assertFalse(read.contains("CXCR5 expressedOn blood cancer"), read.toString());
    }

    @Test
    void test_a_paper_from_a_persons_group_in_a_place_is_led_by_them_and_places_them() {
        List<String> read = read("Marcus joined Professor Elena Vashchenko's lab as a sophomore. The paper, from "
                + "Vashchenko's group in Meridian University's Department of Microbiology, looks at follicular lymphoma.");
        assertTrue(read.contains("study ledBy Elena Vashchenko"), read.toString());
        assertTrue(read.contains("Elena Vashchenko affiliatedWith Meridian University"), read.toString());
    }

    @Test
    void test_a_second_target_after_and_and_the_verbs_preposition_is_bound_too() {
        List<String> read = read("Tebentafusp latches onto gp100 on melanoma cells with one end and onto CD3 on T cells "
                + "with the other.");
        assertTrue(read.contains("tebentafusp binds gp100"), read.toString());
        assertTrue(read.contains("tebentafusp binds CD3"), read.toString());
        assertTrue(read.contains("gp100 expressedOn melanoma"), read.toString());
    }

    @Test
    void test_a_drug_paired_past_a_relative_clause_with_another_is_combined_with_it() {
        List<String> read = read("The regimen pairs avutometinib, which inhibits the RAF and MEK enzymes, with "
                + "defactinib, a blocker of the FAK protein.");
        assertTrue(read.contains("avutometinib combinedWith defactinib"), read.toString());
        assertTrue(read.contains("avutometinib blocks RAF"), read.toString());
    }

    @Test
    void test_a_name_whose_shares_trade_is_a_company_and_one_that_ran_the_trial_conducts_it() {
        String text = "Shares of Verastem Oncology jumped 14% on Friday. The decision was based on the RAMP 201 trial, "
                + "which Verastem ran with investigators at 50 sites.";
        assertTrue(named(text, "Verastem Oncology", EntityType.ORGANIZATION), Readings.entities(text).toString());
        List<String> read = read(text);
        assertTrue(read.contains("study conductedBy Verastem Oncology"), read.toString());
    }

    @Test
    void test_a_combination_approved_before_the_next_sentence_names_its_drugs_approves_each() {
        List<String> read = read("Shares jumped after the Food and Drug Administration approved its two-drug combination "
                + "for ovarian cancer. The regimen pairs avutometinib with defactinib.");
        assertTrue(read.contains("avutometinib approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("defactinib approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_an_approved_drug_followed_by_a_combination_is_no_approval_of_its_partner() {
        List<String> read = read("The FDA approved avutometinib last year. The regimen pairs avutometinib with defactinib.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("defactinib approvedBy")), read.toString());
    }

    @Test
    void test_a_role_labels_bracketed_name_and_a_titled_labels_bracketed_workplace_are_read() {
        String text = "ANCHOR (DANA WHITFIELD-ORR): Pancreatic cancer is one of the hardest cancers to treat.\n\n"
                + "DR. ANIKA BRANDVOLD-SESAY (ONCOLOGIST, MARLOW VALLEY UNIVERSITY HOSPITAL): In our earlier study, about "
                + "half of the patients responded.";
        List<DocumentEntities.Entity> entities = Readings.entities(text);
        assertTrue(named(text, "Dana Whitfield-Orr", EntityType.PERSON), entities.toString());
        List<String> read = read(text);
        assertTrue(read.contains("Anika Brandvold-Sesay affiliatedWith Marlow Valley University Hospital"), read.toString());
    }
}
