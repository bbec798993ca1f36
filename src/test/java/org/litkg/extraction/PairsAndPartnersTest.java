package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-fourth held-out set showed litkg missing after its first fixes: an inhibitor "of two
 * enzymes, X (X') and Y (Y')", a drug that neutralises "both" of a pair named before, a receptor's partner that
 * "sits on" cells, a researcher "of" an institution "and colleagues",
 * and a passive agent that is no name followed by a comma. Every sentence is written for the test.
 */
class PairsAndPartnersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_inhibitor_of_two_enzymes_named_after_a_comma_blocks_both() {
        List<String> read = read("Tovafentrine is an inhaled inhibitor of two enzymes, phosphodiesterase 5 (PDE5) and "
                + "phosphodiesterase 10 (PDE10).");
        assertTrue(read.contains("tovafentrine blocks PDE5"), read.toString());
        assertTrue(read.contains("tovafentrine blocks PDE10"), read.toString());
    }

    @Test
    void test_both_after_a_verb_stands_for_the_pair_named_together() {
        List<String> read = read("Mast cells release two cytokines, IL-33 and IL-25. Tezepelumab neutralises only IL-25. "
                + "Varlomab neutralises both.");
        assertTrue(read.contains("varlomab blocks IL-33"), read.toString());
        assertTrue(read.contains("varlomab blocks IL-25"), read.toString());
        assertFalse(read.contains("tezepelumab blocks IL-33"), read.toString());
    }

    @Test
    void test_a_receptors_partner_binds_it_and_sits_on_cells() {
        List<String> read = read("GITR is a receptor on activated T cells; its partner, GITR ligand, sits on "
                + "dendritic cells.");
        assertTrue(read.contains("GITR ligand binds GITR"), read.toString());
        assertTrue(read.contains("GITR ligand expressedOn dendritic cell"), read.toString());
        assertTrue(read.contains("GITR expressedOn T cell"), read.toString());
    }

    @Test
    void test_a_researcher_of_an_institution_and_colleagues_leads_the_study() {
        List<String> read = read("The drug slowed decline, Marta Lindgren of Yale School of Medicine and colleagues "
                + "reported in the New England Journal of Medicine.");
        assertTrue(read.contains("study ledBy Marta Lindgren"), read.toString());
        assertTrue(read.contains("study conductedBy Yale School of Medicine"), read.toString());
    }

    @Test
    void test_a_passive_agent_that_is_no_name_does_not_reach_past_the_comma() {
        List<String> read = read("IL-33, a cytokine made by the airway lining, drives asthma.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("asthma")), read.toString());
    }
}
