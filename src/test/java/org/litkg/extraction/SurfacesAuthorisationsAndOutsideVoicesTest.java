package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirty-seventh held-out set showed litkg missing or misreading: a protein placed on a cell's surface
 * by an apposition or a relative clause, a mutation a tumour carries, a drug that blocks "its enzyme activity", a
 * combination written with "+", an inhibitor named by a noun, approvals granted as an authorisation, and a workplace
 * of someone not involved in the study; and, from the thirty-eighth set, a registry field naming the principal
 * investigator, a receptor that "sat on" cells and a hormone "that bone cells called osteocytes release". Every
 * sentence is written for the test.
 */
class SurfacesAuthorisationsAndOutsideVoicesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_what_sits_on_the_surface_or_the_outside_of_cells_is_expressed_on_them() {
        List<String> read = read("The parasite needs the Duffy antigen, which sits on the surface of red blood cells. "
                + "Nivolumab binds PD-1, a brake on the surface of T cells. "
                + "CD73 is an enzyme anchored on the outside of regulatory T cells. "
                + "Velimab had an effect on the surface of B cells.");
        assertTrue(read.contains("Duffy antigen expressedOn red blood cell"), read.toString());
        assertTrue(read.contains("PD-1 expressedOn T cell"), read.toString());
        assertTrue(read.contains("CD73 expressedOn regulatory T cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.endsWith("expressedOn B cell")), read.toString());
    }

    @Test
    void test_a_tumour_carrying_a_mutation_in_an_exon_expresses_nothing() {
        List<String> read = read("Velitinib also inhibits PDGFRA. The drug is approved for gastrointestinal stromal "
                + "tumours that carry a PDGFRA exon 18 mutation.");
        assertFalse(read.stream().anyMatch(x -> x.contains("expressedOn")), read.toString());
    }

    @Test
    void test_a_drug_that_blocks_its_enzyme_activity_blocks_the_protein() {
        List<String> read = read("Velumab is a monoclonal antibody that binds CD73 and blocks its enzyme activity.");
        assertTrue(read.contains("velumab blocks CD73"), read.toString());
    }

    @Test
    void test_a_plus_sign_combines_two_drugs() {
        List<String> read = read("The trial compared velumab + durvalumab with durvalumab alone.");
        assertTrue(read.contains("velumab combinedWith durvalumab"), read.toString());
    }

    @Test
    void test_a_drug_declared_an_inhibitor_of_a_symbol_blocks_it() {
        List<String> read = read("Velitinib is a selective inhibitor of KAT D822V.");
        assertTrue(read.contains("velitinib blocks KAT"), read.toString());
    }

    @Test
    void test_an_authorisation_granted_to_a_drug_or_for_the_same_use_approves_it() {
        List<String> ema = read("The EMA granted marketing authorisation to velitinib.");
        assertTrue(ema.contains("velitinib approvedBy European Medicines Agency"), ema.toString());
        List<String> same = read("The FDA approved velitinib for adults with mastocytosis. The European Commission "
                + "granted a conditional authorisation for the same use in December.");
        assertTrue(same.contains("velitinib approvedBy European Commission"), same.toString());
        List<String> two = read("The FDA approved velitinib and the EMA approved korimod. The European Commission "
                + "granted a conditional authorisation for the same use in December.");
        assertFalse(two.stream().anyMatch(x -> x.endsWith("approvedBy European Commission")), two.toString());
    }

    @Test
    void test_the_workplace_of_an_expert_not_involved_in_the_trial_conducted_nothing() {
        List<String> read = read("The results were published in Blood. \"It may matter,\" said Evan Lipsky, an "
                + "oncologist at Johns Hopkins University who was not involved in the trial.");
        assertFalse(read.contains("study conductedBy Johns Hopkins University"), read.toString());
        assertTrue(read.contains("Evan Lipsky affiliatedWith Johns Hopkins University"), read.toString());
    }

    @Test
    void test_a_registry_field_naming_the_principal_investigator_leads_the_study() {
        List<String> read = read("Results were reported in the Journal of Clinical Oncology in 2024.\n\n"
                + "Principal investigator: Ghayas Imran, The University of Texas MD Anderson Cancer Center\n\n"
                + "PI: Roy Halbert, Yale Cancer Center.");
        assertTrue(read.contains("study ledBy Ghayas Imran"), read.toString());
        assertTrue(read.contains("study conductedBy University of Texas MD Anderson Cancer Center"), read.toString());
        assertTrue(read.contains("study ledBy Roy Halbert"), read.toString());
    }

    @Test
    void test_a_receptor_that_sat_on_cells_and_a_hormone_that_cells_called_so_release() {
        List<String> read = read("Meanwhile, a receptor called ChemR23 sat on macrophages with no known partner. "
                + "Velumab binds FGF23, a hormone that bone cells called osteocytes release into the blood.");
        assertTrue(read.contains("CMKLR1 expressedOn macrophage"), read.toString()); // ChemR23, as the lexicon knows it
        assertTrue(read.contains("osteocyte secretes FGF23"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Meanwhile")), read.toString());
    }
}
