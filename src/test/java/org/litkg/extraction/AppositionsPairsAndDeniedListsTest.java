package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the forty-ninth held-out set showed litkg missing: a relative clause after a description apposed to a
 * predicate noun ("It is a nanobody, a very small antibody, that binds"), "both" after a pair written with bracketed
 * aliases or "and the", a second place after an apposition ("on X, the cells that ..., and on Y"), and names denied
 * after "but not" ("CCL2 and CCL5, but not CCL19 or CCL21"). Every sentence is written for the test.
 */
class AppositionsPairsAndDeniedListsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_relative_clause_after_an_apposed_description_is_the_subjects() {
        List<String> read = read("Velsekimig is a new medicine. It is a nanobody, a very small antibody, that binds "
                + "thymic stromal lymphopoietin (TSLP) and interleukin-13 (IL-13).");
        assertTrue(read.contains("velsekimig binds TSLP"), read.toString());
        assertTrue(read.contains("velsekimig binds IL-13"), read.toString());
    }

    @Test
    void test_both_stands_for_a_pair_written_with_bracketed_aliases_or_and_the() {
        List<String> read = read("The cells release thymic stromal lymphopoietin (TSLP) and interleukin-13 (IL-13). "
                + "By blocking both, velsekimig calms the airways.");
        assertTrue(read.contains("velsekimig blocks TSLP"), read.toString());
        assertTrue(read.contains("velsekimig blocks IL-13"), read.toString());
        List<String> receptors = read("Velzepatide binds the glucagon-like peptide 1 (GLP-1) receptor and the "
                + "glucose-dependent insulinotropic polypeptide (GIP) receptor. Velmadutide also acts on both receptors.");
        assertTrue(receptors.contains("velmadutide binds GLP-1 receptor"), receptors.toString());
        assertTrue(receptors.contains("velmadutide binds GIP receptor"), receptors.toString());
    }

    @Test
    void test_a_second_place_after_an_apposition_is_a_place_too() {
        List<String> read = read("In the placenta, ACKR2 is found on trophoblasts, the cells that form the border between "
                + "mother and fetus, and on lymphatic endothelial cells.");
        assertTrue(read.contains("ACKR2 expressedOn trophoblast cell"), read.toString());
        assertTrue(read.contains("ACKR2 expressedOn lymphatic endothelial cell"), read.toString());
    }

    @Test
    void test_names_after_but_not_are_denied_each() {
        List<String> read = read("ACKR2 binds the inflammatory chemokines, including CCL2 and CCL5, but not CCL19 or "
                + "CCL21, which guide immune cells to the lymph nodes.");
        assertTrue(read.contains("CCL2 binds ACKR2"), read.toString());
        assertTrue(read.contains("CCL19 binds ACKR2 NEG"), read.toString());
        assertTrue(read.contains("CCL21 binds ACKR2 NEG"), read.toString());
        assertFalse(read.contains("CCL21 binds ACKR2"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("expressedOn")), read.toString());
    }
}
