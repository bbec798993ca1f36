package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-fifth held-out set showed litkg missing or misreading: an inhibitor named with its target's
 * mutation, a mutation or a pathway that cells carry or switch on (no protein on their surface), a researcher "of"
 * an institution who "led the trial", another antibody against a protein, and antibodies that block a complement
 * component. Every sentence is written for the test.
 */
class MutantsAndLeadersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_inhibitor_named_with_its_targets_mutation_blocks_the_target() {
        List<String> read = read("Zelrasib was the first KRAS G13D inhibitor approved by the FDA. The D2R inhibitor "
                + "raclopride was used as a control.");
        assertTrue(read.contains("zelrasib blocks KRAS"), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("raclopride blocks D")), read.toString());
    }

    @Test
    void test_a_mutation_or_a_pathway_that_tumours_carry_is_not_expressed_on_them() {
        List<String> read = read("It helps patients with lung cancer whose tumours carry the KRAS G12C mutation. "
                + "Colorectal tumours escape KRAS inhibition by switching on EGFR signalling.");
        assertFalse(read.stream().anyMatch(r -> r.contains("expressedOn")), read.toString());
    }

    @Test
    void test_a_researcher_of_an_institution_who_led_the_trial_leads_it() {
        List<String> read = read("Marco Bellini of Riverside General Hospital led the trial; the results appeared in "
                + "the Lancet.");
        assertTrue(read.contains("study ledBy Marco Bellini"), read.toString());
        assertTrue(read.contains("study conductedBy Riverside General Hospital"), read.toString());
    }

    @Test
    void test_another_antibody_against_a_protein_binds_it_and_antibodies_block_complement_c5() {
        List<String> read = read("Bococizumab, another antibody against PCSK9, was dropped. The older treatments, "
                + "eculizumab and ravulizumab, are antibodies that block complement protein C5.");
        assertTrue(read.contains("bococizumab binds PCSK9"), read.toString());
        assertTrue(read.contains("eculizumab blocks C5"), read.toString());
        assertTrue(read.contains("ravulizumab blocks C5"), read.toString());
    }
}
