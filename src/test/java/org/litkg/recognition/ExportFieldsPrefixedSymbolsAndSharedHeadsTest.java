package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the sixty-third and sixty-fourth held-out sets showed litkg missing or misreading: an RIS export's author and
 * journal fields, a "pegol" drug whose first word looks English, a symbol after a lower-case letter in a target's
 * list, growth factors by their ending, two receptors sharing one head, a numbered receptor chain, a hospital's unit,
 * an elided particle in an institution's name and the cells of a mutant cancer. Every sentence is written for the test.
 */
class ExportFieldsPrefixedSymbolsAndSharedHeadsTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_an_exports_author_and_journal_fields_are_a_person_and_a_journal() {
        Map<String, String> m = mentions("TY  - JOUR\nAU  - Okafor, Ngozi\nAU  - Lindgren, Per A.\nJO  - Hepatology Letters\n"
                + "AB  - Velorixafor blocks CXCR4.\nER  - \n");
        assertEquals("Person", m.get("Okafor, Ngozi"), m.toString());
        assertEquals("Person", m.get("Lindgren, Per A."), m.toString());
        assertEquals("Journal", m.get("Hepatology Letters"), m.toString());
    }

    @Test
    void test_a_pegol_drug_whose_first_word_ends_like_a_past_tense() {
        assertEquals("Drug", mentions("Velaptesed pegol binds CXCL12 and neutralizes it.").get("Velaptesed pegol"));
    }

    @Test
    void test_a_prefixed_symbol_is_a_protein_only_in_a_targets_list() {
        Map<String, String> m = mentions("Velolisib blocks PI3K and mTOR at once, and did not inhibit HRAS or NRAS. "
                + "Ruxolitinib is approved for cGVHD after two lines of therapy.");
        assertEquals("Protein", m.get("mTOR"), m.toString());
        assertEquals("Protein", m.get("NRAS"), m.toString());
        assertNotEquals("Protein", m.get("cGVHD"), m.toString());
    }

    @Test
    void test_growth_factors_by_their_ending() {
        Map<String, String> m = mentions("Colorectal cancer cells release epiregulin into the medium.");
        assertEquals("Protein", m.get("epiregulin"), m.toString());
    }

    @Test
    void test_two_receptors_sharing_one_head_and_a_numbered_chain() {
        Map<String, String> m = mentions("Velotide activates both the GIP and GLP-1 receptors. "
                + "Velakimab binds IL-13 receptor alpha 1 on airway cells.");
        assertEquals("Receptor", m.get("GIP"), m.toString());
        assertEquals("Receptor", m.get("GLP-1 receptors"), m.toString());
        assertEquals("Receptor", m.get("IL-13 receptor alpha 1"), m.toString());
    }

    @Test
    void test_a_hospitals_unit_and_a_name_with_an_elided_particle_are_organisations() {
        Map<String, String> m = mentions("Prepared by Aoife Brennan of the Neuromuscular Day Unit at the Vall d'Hebron "
                + "Institute of Oncology in Barcelona.");
        assertEquals("Organization", m.get("Neuromuscular Day Unit"), m.toString());
        assertEquals("Organization", m.get("Vall d'Hebron Institute of Oncology"), m.toString());
    }

    @Test
    void test_a_mutant_cancers_cells_are_that_cancer_not_a_new_one() {
        Map<String, String> m = mentions("Velorasib is approved for KRAS G12C-mutant colorectal cancer. "
                + "KRAS G12C-mutant tumour cells secrete CXCL1.");
        assertNull(m.get("KRAS G12C-mutant tumour"), m.toString());
    }
}
