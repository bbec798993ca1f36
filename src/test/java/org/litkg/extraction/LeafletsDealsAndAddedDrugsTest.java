package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings a leaflet, a deals story and an abstract's plain sentences need: a drug received "in addition to" another,
 * a partner a kind of medicine gives as its example, cells that "lack" a protein, a class named for a complement
 * component, a study "carried out with" a hospital, a planned trial's combination, and an adverb before a verb that
 * names no drug. Every sentence is written for the test.
 */
class LeafletsDealsAndAddedDrugsTest {

    @Test
    void test_a_drug_received_in_addition_to_another_is_combined_with_it() {
        List<String> read = read("All 30 patients received olaparib in addition to bevacizumab for a year.");
        assertTrue(read.contains("olaparib combinedWith bevacizumab"), read.toString());
        List<String> aside = read("In addition to blocking CCR5, maraviroc lowers the level of CCL5.");
        assertFalse(aside.stream().anyMatch(x -> x.contains("combinedWith")), aside.toString());
    }

    @Test
    void test_a_kind_of_medicine_with_an_example_names_the_partner() {
        List<String> read = read("Anifrolumab is often given alongside your usual arthritis tablets, such as methotrexate.");
        assertTrue(read.contains("anifrolumab combinedWith methotrexate"), read.toString());
    }

    @Test
    void test_cells_that_lack_a_protein_deny_it_is_on_them() {
        List<String> read = read("In this disease, platelets lack CD36 and clot poorly.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("CD36 expressedOn") && x.endsWith(" NEG")), read.toString());
        List<String> lacking = read("Regulatory T cells lacking CCR4 stayed in the blood.");
        assertFalse(lacking.stream().anyMatch(x -> x.startsWith("CCR4 expressedOn") && !x.endsWith(" NEG")), lacking.toString());
    }

    @Test
    void test_a_complement_components_inhibitors_are_a_drug_class() {
        List<String> typed = typedNames("Patients on C3 inhibitors had fewer infections than expected.");
        assertTrue(typed.contains("DRUG_CLASS C3 inhibitor"), typed.toString());
    }

    @Test
    void test_a_study_carried_out_with_a_hospital_was_conducted_there() {
        List<String> read = read("Professor Ines Brandt of Ghent University led the study. The work was carried out with"
                + " Ghent University Hospital.");
        assertTrue(read.contains("study conductedBy Ghent University Hospital"), read.toString());
    }

    @Test
    void test_a_trial_a_company_plans_of_two_drugs_is_a_hedged_combination() {
        List<String> read = read("Novartis plans a phase 2 trial of ianalumab combined with belimumab next year.");
        assertTrue(read.contains("ianalumab combinedWith belimumab HEDGE"), read.toString());
        List<String> fact = read("Novartis plans a trial of ianalumab, which blocks BAFF-R.");
        assertTrue(fact.contains("ianalumab blocks BAFF-R"), fact.toString());
    }

    @Test
    void test_an_adverb_before_a_blocking_verb_is_no_drug() {
        List<String> typed = typedNames("The second antibody, PRX-19, instead blocks CCR8 on regulatory T cells.");
        assertFalse(typed.stream().anyMatch(x -> x.endsWith(" instead")), typed.toString());
        assertTrue(read("Some patients keep taking azathioprine alongside infliximab.").contains(
                "azathioprine combinedWith infliximab"));
    }
}
