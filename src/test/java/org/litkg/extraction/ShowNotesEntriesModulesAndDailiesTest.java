package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings show notes, an encyclopedia entry, a CPD module and a congress daily need: a drug apposed to "a version of
 * the gut hormone X that" acts in the clause, a long description before a partner's "with", a presenter "who presented
 * the trial", two proteins bound "on" cells, a cytokine receptor chain written with a Latin "a" for alpha, a host and
 * a pharmacist's degree that say a name is a person's, and the seed lexicon's bone, vasculitis and amylin names.
 * Every sentence is written for the test.
 */
class ShowNotesEntriesModulesAndDailiesTest {

    @Test
    void test_a_drug_apposed_to_a_version_of_a_named_hormone_does_what_the_clause_says() {
        List<String> read = read("The pen combines pramlintide, a synthetic version of the pancreatic hormone amylin that"
                + " binds the calcitonin receptor in the brain, with metformin.");
        assertTrue(read.contains("pramlintide binds calcitonin receptor"), read.toString());
        assertFalse(read.contains("amylin binds calcitonin receptor"), read.toString());
        assertTrue(read.contains("pramlintide combinedWith metformin"), read.toString());
    }

    @Test
    void test_a_presenter_who_presented_the_trial_leads_it_where_the_presenter_works() {
        List<String> read = read("Dr. Ines Halvorsen of the University of Bergen, who presented the trial, said that"
                + " orforglipron binds the GLP-1 receptor.");
        assertTrue(read.contains("study ledBy Ines Halvorsen"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bergen"), read.toString());
    }

    @Test
    void test_two_proteins_a_ligand_binds_on_cells_are_both_on_them() {
        List<String> read = read("Dickkopf-1 binds LRP5 and LRP6 on osteoblasts and slows them down.");
        assertTrue(read.contains("LRP5 expressedOn osteoblast"), read.toString());
        assertTrue(read.contains("LRP6 expressedOn osteoblast"), read.toString());
    }

    @Test
    void test_a_receptor_chain_written_with_a_latin_a_for_alpha_is_a_receptor() {
        List<String> typed = typedNames("Dupilumab binds IL-4Ra on T cells and B cells.");
        assertTrue(typed.stream().anyMatch(x -> x.startsWith("RECEPTOR IL-4R")), typed.toString());
    }

    @Test
    void test_names_after_a_host_or_before_a_pharmacy_degree_are_people_and_an_age_word_is_no_disease() {
        List<String> typed = typedNames("In this week's show, host Maren Solvik asks about one of the newer osteoporosis drugs.");
        assertTrue(typed.contains("PERSON Maren Solvik"), typed.toString());
        assertTrue(typed.contains("DISEASE osteoporosis"), typed.toString());
        List<String> read = read("Statins lower LDL.\n\nAuthor: Ruth Ambrose, MPharm, lead pharmacist, Leeds Teaching"
                + " Hospitals NHS Trust");
        assertTrue(read.contains("Ruth Ambrose affiliatedWith Leeds Teaching Hospitals NHS Trust"), read.toString());
    }

    @Test
    void test_the_seed_lexicon_names_egpa_and_amylin() {
        List<String> typed = typedNames("Mepolizumab is approved for EGPA, and pramlintide mimics amylin.");
        assertTrue(typed.contains("DISEASE eosinophilic granulomatosis with polyangiitis"), typed.toString());
        assertTrue(typed.contains("PROTEIN amylin"), typed.toString());
    }
}
