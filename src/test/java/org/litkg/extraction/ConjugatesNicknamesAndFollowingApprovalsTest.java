package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-ninth held-out set (a science wire story, a newspaper health story, a regulator's
 * refusal on a news wire, a university press release) showed missing on its first run. Every sentence is written for
 * the test.
 */
class ConjugatesNicknamesAndFollowingApprovalsTest {

    @Test
    void test_an_antibody_joined_to_peptides_is_one_drug_and_its_nickname_names_it() {
        String text = "The drug, zorvabart lintaglutide, is made by Ellory Pharma and has been nicknamed Zorlint. "
                + "Zorlint blocks CXCR4.";
        List<java.util.Set<String>> drugs = Readings.entities(text).stream()
                .filter(e -> e.type() == org.litkg.recognition.EntityType.DRUG).map(e -> e.names().keySet()).toList();
        assertEquals(1, drugs.size(), drugs.toString());
        assertTrue(drugs.get(0).containsAll(List.of("zorvabart lintaglutide", "Zorlint")), drugs.toString());
        assertTrue(read(text).contains("Zorlint blocks CXCR4") || read(text).contains("zorlint blocks CXCR4"),
                read(text).toString());
    }

    @Test
    void test_a_receptor_named_by_its_ligand_is_blocked_and_bound_by_it() {
        List<String> read = read("Zorvabart, an antibody, blocks the receptor for GIP, a hormone the gut releases.");
        assertTrue(read.contains("zorvabart blocks GIP receptor"), read.toString());
        assertTrue(read.contains("GIP binds GIP receptor"), read.toString());
    }

    @Test
    void test_a_receptor_described_by_its_ligand_is_no_receptor_of_its_own() {
        List<String> typed = typedNames("Plerixafor blocks CXCR4, the receptor for CXCL12, on stem cells.");
        assertFalse(typed.contains("RECEPTOR CXCL12 receptor"), typed.toString());
    }

    @Test
    void test_both_stands_for_a_pair_named_with_bracketed_brands() {
        List<String> read = read("Two antibodies, gantenerumab (Gantora) and solanezumab (Solvira), were tested. "
                + "Both bind amyloid beta.");
        assertTrue(read.contains("gantenerumab binds amyloid beta"), read.toString());
        assertTrue(read.contains("solanezumab binds amyloid beta"), read.toString());
    }

    @Test
    void test_a_drug_that_followed_is_approved_by_the_agency_before() {
        List<String> read = read("Tezepelumab was approved by the European Commission in 2022; tralokinumab followed a "
                + "year later.");
        assertTrue(read.contains("tralokinumab approvedBy European Commission"), read.toString());
    }

    @Test
    void test_a_drug_followed_by_another_is_not_approved_by_the_following() {
        List<String> read = read("Tezepelumab was approved by the European Commission; it was followed by a study of "
                + "tralokinumab.");
        assertFalse(read.contains("tralokinumab approvedBy European Commission"), read.toString());
    }

    @Test
    void test_cells_held_past_a_description_at_a_place_are_sequestered() {
        List<String> read = read("In the tumour, macrophages hold CD8 T cells, the body's main killers, at the edge of "
                + "the tissue.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("macrophage sequesters")), read.toString());
    }

    @Test
    void test_a_fronted_participle_of_giving_combines_with_the_drug_after_it() {
        List<String> read = read("The drug, TRX-4417, blocks CXCR2. Given together with cisplatin, the drug shrank "
                + "tumours in most mice.");
        assertTrue(read.contains("TRX-4417 combinedWith cisplatin"), read.toString());
    }

    @Test
    void test_a_protein_found_inside_cells_is_expressed_there() {
        List<String> read = read("Mifepristone blocks the glucocorticoid receptor, a protein found inside immune cells.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("glucocorticoid receptor expressedOn")), read.toString());
    }

    @Test
    void test_the_companys_main_trial_is_conducted_by_the_company() {
        List<String> read = read("Vexora Biotherapeutics, the Boston company that makes velorinib, said so. In the "
                + "company's main trial, VX-301, 400 patients took velorinib or a placebo.");
        assertTrue(read.contains("study conductedBy Vexora Biotherapeutics"), read.toString());
    }

    @Test
    void test_a_definite_class_apposed_to_its_list_names_drugs() {
        List<String> typed = typedNames("The standard drugs, propranolol and tolbinarone, help only half of patients.");
        assertTrue(typed.contains("DRUG tolbinarone"), typed.toString());
    }

    @Test
    void test_drugs_a_comparison_opens_with_unlike_are_not_the_topic() {
        List<String> read = read("The drug, velorinib, comes as a monthly shot. Unlike semaglutide (Wegovy) and "
                + "tirzepatide (Mounjaro), which are weekly, it lasts for a month. The medicine blocks CXCR4.");
        assertTrue(read.contains("velorinib blocks CXCR4"), read.toString());
        assertFalse(read.contains("tirzepatide blocks CXCR4"), read.toString());
    }

    @Test
    void test_brain_regions_tremor_dementia_amyloid_and_tau_are_recognised() {
        List<String> typed = typedNames("In essential tremor and in dementia, neurons of the cerebellum, the brainstem "
                + "and the hippocampus gather amyloid beta and tau.");
        for (String expected : List.of("DISEASE essential tremor", "DISEASE dementia", "TISSUE cerebellum",
                "TISSUE brainstem", "TISSUE hippocampus", "PROTEIN amyloid beta", "PROTEIN tau")) {
            assertTrue(typed.contains(expected), expected + " in " + typed);
        }
    }
}
