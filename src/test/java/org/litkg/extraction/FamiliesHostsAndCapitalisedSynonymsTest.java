package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-third held-out set (a TV station's website story, a company press release over
 * Business Wire, a PubMed abstract page, a clinicians' email briefing) showed missing or wrong on its first run. Every
 * sentence is written for the test; the Cell Ontology's "ON retinal ganglion cell" is tested in LexiconImportTest.
 */
class FamiliesHostsAndCapitalisedSynonymsTest {

    @Test
    void test_an_enzyme_family_is_no_target_where_the_members_are_named() {
        List<String> read = read("Sunitinib, a tyrosine kinase inhibitor, blocks KIT and PDGFRA.");
        assertTrue(read.contains("sunitinib blocks KIT"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.endsWith("tyrosine kinase")), read.toString());
    }

    @Test
    void test_a_participle_after_a_bare_comma_does_not_go_on_with_a_list_of_cells() {
        List<String> read = read("Belatacept binds CD80 on dendritic cells, lowered T-cell counts in the graft.");
        assertTrue(read.contains("CD80 expressedOn dendritic cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.endsWith("expressedOn T cell")), read.toString());
        List<String> listed = read("CD80 is found on B cells, activated T cells and macrophages.");
        assertTrue(listed.contains("CD80 expressedOn T cell"), listed.toString());
    }

    @Test
    void test_work_done_at_an_institute_at_its_institution_is_done_at_both() {
        List<String> read = read("The work was done at the Kimmel Cancer Center at Johns Hopkins.");
        assertTrue(read.contains("study conductedBy Kimmel Cancer Center"), read.toString());
        assertTrue(read.contains("study conductedBy Johns Hopkins University"), read.toString());
    }

    @Test
    void test_a_drug_added_to_mycophenolate_mofetil_combines_with_it() {
        List<String> read = read("Patients received belimumab or placebo every four weeks, added to mycophenolate mofetil.");
        assertTrue(read.contains("belimumab combinedWith mycophenolate mofetil"), read.toString());
    }
}
