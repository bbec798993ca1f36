package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-first held-out set (a charity grant story, a wire story of a failed trial, a
 * syndicated science column, a business desk's licensing story) showed missing on its first run. Every sentence is
 * written for the test.
 */
class GrantsFailuresColumnsAndDealsTest {

    @Test
    void test_a_drug_described_before_a_relative_clause_is_what_the_clause_approves() {
        List<String> read = read("It may be tested with obeticholic acid, the first drug approved for PBC, which the "
                + "FDA approved in 2016.");
        assertTrue(read.contains("obeticholic acid approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_receptor_apposed_as_its_receptor_is_bound_by_the_protein_before() {
        List<String> read = read("The antibody binds CCL7 and stops it from reaching CCR1, its receptor on monocytes.");
        assertTrue(read.contains("CCL7 binds CCR1"), read.toString());
    }

    @Test
    void test_a_trial_run_by_the_company_is_the_company_s() {
        List<String> read = read("Ashgrove Biologics makes AGB-204. In an early trial of 40 patients run by the "
                + "company, AGB-204 lowered liver fat.");
        assertTrue(read.contains("study conductedBy Ashgrove Biologics"), read.toString());
    }

    @Test
    void test_a_former_workplace_places_no_one() {
        List<String> read = read("Ashgrove was founded in 2018 by Dr. Nadia Kellerman-Obi, a former researcher at the "
                + "University of Bristol, who runs the company.");
        assertFalse(read.contains("Nadia Kellerman-Obi affiliatedWith University of Bristol"), read.toString());
    }

    @Test
    void test_the_journal_neuron_is_a_journal() {
        List<String> read = read("Researchers at the University of Dundee found that neurons make CX3CL1. The study was "
                + "published last month in the journal Neuron.");
        assertTrue(read.contains("study publishedIn Neuron"), read.toString());
    }

    @Test
    void test_cancer_cells_which_settle_in_an_organ_are_what_releases() {
        List<String> read = read("In pancreatic cancer, cancer cells which settle in the liver release CCL2.");
        assertFalse(read.contains("liver secretes CCL2"), read.toString());
        assertTrue(read.contains("pancreatic cancer secretes CCL2"), read.toString());
    }

    @Test
    void test_they_after_where_are_the_cells_not_the_place() {
        List<String> read = read("CXCL1 attracts neutrophils into the lungs, where they release elastase.");
        assertTrue(read.contains("neutrophil secretes elastase"), read.toString());
        assertFalse(read.contains("lung secretes elastase"), read.toString());
    }

    @Test
    void test_that_receptor_closing_a_clause_refers_to_the_receptor_named_before() {
        List<String> read = read("Monocytes carry a receptor called CCR1, and endothelial cells make a chemokine called "
                + "CCL23, which binds that receptor.");
        assertTrue(read.contains("CCL23 binds CCR1"), read.toString());
    }

    @Test
    void test_blocking_that_interaction_names_no_protein() {
        List<String> read = read("TIGIT binds CD155 on tumour cells, and vibostolimab blocks that interaction.");
        assertFalse(read.contains("vibostolimab blocks CD155"), read.toString());
    }

    @Test
    void test_a_team_named_for_its_city_led_by_a_neuroscientist_places_her_there() {
        List<String> read = read("The work came from a team at the University of Dundee. The Dundee team, led by "
                + "neuroscientist Dr. Ailsa Drummond-Okoye, found that neurons make CX3CL1.");
        assertTrue(read.contains("study ledBy Ailsa Drummond-Okoye"), read.toString());
        assertTrue(read.contains("Ailsa Drummond-Okoye affiliatedWith University of Dundee"), read.toString());
    }
}
