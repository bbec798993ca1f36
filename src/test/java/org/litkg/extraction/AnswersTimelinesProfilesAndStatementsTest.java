package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-thirteenth held-out set (a parliamentary written answer, a timeline, a founder profile, a
 * medical society's statement) showed wrong or missing on its first run. Every sentence is written for the test.
 */
class AnswersTimelinesProfilesAndStatementsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    private static boolean hasEntity(String text, String name, EntityType type) {
        return Readings.entities(text).stream().anyMatch(e -> e.preferredName().equals(name) && e.type() == type);
    }

    @Test
    void test_neither_agency_nor_the_other_approving_a_drug_denies_both_approvals() {
        List<String> read = read("2026 — Neither the FDA nor the European Medicines Agency has approved vercirnon.");
        assertTrue(read.contains("vercirnon approvedBy European Medicines Agency NEG"), read.toString());
        assertTrue(read.contains("vercirnon approvedBy U.S. Food and Drug Administration NEG"), read.toString());
    }

    @Test
    void test_a_company_that_plans_to_give_two_drugs_together_hedges_the_combination_but_not_the_partners_description() {
        List<String> read = read("Tidewater plans to give TB-1107 together with daratumumab, an antibody against CD38 "
                + "that is already a standard myeloma treatment, starting in 2027.");
        assertTrue(read.contains("TB-1107 combinedWith daratumumab HEDGE"), read.toString());
        assertTrue(read.contains("daratumumab binds CD38"), read.toString());
    }

    @Test
    void test_the_asker_and_the_answerer_of_a_parliamentary_question_are_people() {
        String text = "Vitiligo: Medical Treatments\n\nAsked by Lord Pendry-Akintola\n\nTo ask His Majesty's Government "
                + "what assessment they have made of ruxolitinib cream.\n\nAnswered by Baroness Whitcombe-Osei, 23 November "
                + "2026\n\nRuxolitinib cream blocks the enzymes JAK1 and JAK2.";
        assertTrue(hasEntity(text, "Pendry-Akintola", EntityType.PERSON), Readings.entities(text).toString());
        assertTrue(hasEntity(text, "Whitcombe-Osei", EntityType.PERSON), Readings.entities(text).toString());
    }

    @Test
    void test_a_name_opening_a_sentence_whose_she_follows_a_company_named_after_a_preposition_is_a_person() {
        assertTrue(hasEntity("Maribel Estrada-Kowalczyk spent eleven years making molecules for Pfizer before she decided "
                + "to leave.", "Maribel Estrada-Kowalczyk", EntityType.PERSON));
    }

    @Test
    void test_her_company_named_after_the_noun_is_where_she_works() {
        List<String> read = read("Maribel Estrada-Kowalczyk spent eleven years at Pfizer before she left. \"I wanted to "
                + "chase the bone,\" she says, sitting in the small lab her company, Tidewater Bio, rents near the harbour.");
        assertTrue(read.contains("Maribel Estrada-Kowalczyk affiliatedWith Tidewater Bio"), read.toString());
    }

    @Test
    void test_the_cells_lining_an_organ_that_make_a_chemokine_are_the_organs() {
        List<String> read = read("Crohn's disease patients were promised a pill that would keep immune cells out of the "
                + "bowel. Scientists show that CCL25, a chemokine made by the cells lining the small intestine, guides T "
                + "cells that carry the receptor CCR9 into the gut wall.");
        assertTrue(read.contains("small intestine secretes CCL25"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("leukocyte secretes")), read.toString());
    }

    @Test
    void test_who_reports_on_its_own_compound_is_a_company() {
        assertTrue(hasEntity("2006 — ChemoCentryx reports that its compound CCX282, later named vercirnon, blocks CCR9 in "
                + "laboratory tests.", "ChemoCentryx", EntityType.ORGANIZATION));
    }

    @Test
    void test_the_leader_of_a_study_at_a_place_works_there_unless_her_own_workplace_follows() {
        List<String> read = read("The Government is funding a study at the University of Kelvingrove, led by Professor "
                + "Niamh Corrigan-Adu, that is testing an antibody against CXCR3.");
        assertTrue(read.contains("Niamh Corrigan-Adu affiliatedWith University of Kelvingrove"), read.toString());
        List<String> own = read("It was a phase 2 study at the Harlow Cancer Center, led by Dr. Yan Zhou of Harlow "
                + "University, that tested the drug.");
        assertTrue(own.contains("Yan Zhou affiliatedWith Harlow University"), own.toString());
        assertFalse(own.contains("Yan Zhou affiliatedWith Harlow Cancer Center"), own.toString());
    }

    @Test
    void test_a_drug_given_alongside_patients_usual_inhaled_drugs_is_combined_with_them() {
        List<String> read = read("Patients received tezepelumab alongside their usual inhaled corticosteroids.");
        assertTrue(read.contains("tezepelumab combinedWith corticosteroid"), read.toString());
    }

    @Test
    void test_a_preposition_opening_a_sentence_is_no_part_of_the_organisation_after_it() {
        String text = "Through the National Institute for Health and Care Research, the Government is funding a study.";
        assertTrue(hasEntity(text, "National Institute for Health and Care Research", EntityType.ORGANIZATION),
                Readings.entities(text).toString());
    }
}
