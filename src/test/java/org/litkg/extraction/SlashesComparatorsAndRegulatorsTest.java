package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the forty-seventh held-out set showed litkg missing or misreading: two family members written with one
 * slash ("a CDK4/6 inhibitor"), "U.S. regulators" as the FDA and a weekday between an agency and its verb, "it" after
 * two names joined by "and", receptors named after the cells that carry them, a comparator taken for the drug a text
 * is about, "neither drug", a relative clause after a bracketed alias, and "c-Met". Every sentence is written for the
 * test.
 */
class SlashesComparatorsAndRegulatorsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_inhibitor_of_two_slashed_family_members_blocks_both() {
        List<String> read = read("Velociclib, a CDK4/6 inhibitor, slowed tumour growth in mice.");
        assertTrue(read.contains("velociclib blocks CDK4"), read.toString());
        assertTrue(read.contains("velociclib blocks CDK6"), read.toString());
    }

    @Test
    void test_us_regulators_granting_approval_on_a_weekday_are_the_fda() {
        List<String> read = read("U.S. regulators on Wednesday granted accelerated approval to velotuzumab, an antibody.");
        assertTrue(read.contains("velotuzumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_an_agent_after_a_weekday_approves() {
        List<String> read = read("Velotuzumab binds HER2. It was approved on Friday by the FDA.");
        assertTrue(read.contains("velotuzumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_it_is_not_one_of_two_names_joined_by_and() {
        List<String> read = read("B cells make the antibody IgA1, and they rely on two proteins, APRIL and BAFF, to "
                + "survive and keep producing it.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("B cell secretes APRIL") || r.startsWith("B cell secretes BAFF")),
                read.toString());
    }

    @Test
    void test_receptors_named_after_the_cells_that_carry_them_are_on_those_cells() {
        List<String> read = read("APRIL binds two receptors on B cells, TACI and BCMA.");
        assertTrue(read.contains("TACI expressedOn B cell"), read.toString());
        assertTrue(read.contains("BCMA expressedOn B cell"), read.toString());
    }

    @Test
    void test_a_comparator_is_not_what_a_later_it_stands_for() {
        List<String> read = read("Velodestrant binds the estrogen receptor and blocks it. Patients on velodestrant lived "
                + "longer than those given fulvestrant. In patients without the mutation it did no better than fulvestrant. "
                + "The trial ran in Oslo. Many patients joined it. Some left early. It has not been approved by the FDA.");
        assertTrue(read.contains("velodestrant approvedBy U.S. Food and Drug Administration NEG"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("fulvestrant approvedBy")), read.toString());
    }

    @Test
    void test_neither_drug_denies_the_finding_for_both() {
        List<String> read = read("Velimab binds APRIL. Velicept binds BAFF. Neither drug has been approved by the "
                + "European Medicines Agency yet.");
        assertTrue(read.contains("velimab approvedBy European Medicines Agency NEG"), read.toString());
        assertTrue(read.contains("velicept approvedBy European Medicines Agency NEG"), read.toString());
    }

    @Test
    void test_a_relative_clause_after_a_bracketed_alias_has_the_name_as_subject() {
        List<String> read = read("Inside the cell it releases monomethyl auristatin E (MMAE), a toxin that blocks tubulin.");
        assertTrue(read.contains("monomethyl auristatin E blocks tubulin"), read.toString());
    }

    @Test
    void test_c_met_is_the_met_receptor() {
        List<String> read = read("Velotuzumab binds c-Met on the surface of lung cancer cells.");
        assertTrue(read.contains("velotuzumab binds MET"), read.toString());
    }
}
