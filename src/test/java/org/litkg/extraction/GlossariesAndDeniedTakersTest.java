package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the forty-second held-out set showed litkg missing or misreading: a glossary's "Term: definition", a
 * negation on the verb whose object is a combination's first drug, cells that "stop making" a protein, "them" after a
 * singular organ, and the kinase of an "EGFR tyrosine kinase inhibitor". Every sentence is written for the test.
 */
class GlossariesAndDeniedTakersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_glossary_term_is_what_its_definition_says() {
        List<String> read = read("Velocerfont (Brandex, Acme Biosciences): a capsule that blocks the CRF1 receptor.\n\n"
                + "Corticotropin-releasing factor (CRF): a hormone that the hypothalamus releases.");
        assertTrue(read.contains("velocerfont blocks CRF1 receptor"), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("hypothalamus secretes")), read.toString());
    }

    @Test
    void test_a_denied_verb_of_taking_denies_the_combination_of_its_object() {
        List<String> read = read("In the study, no dog received velotinib together with lokivetmab.");
        assertTrue(read.contains("velotinib combinedWith lokivetmab NEG"), read.toString());
        assertFalse(read.contains("velotinib combinedWith lokivetmab"), read.toString());
    }

    @Test
    void test_a_negation_on_another_verb_of_the_clause_does_not_deny_the_combination() {
        List<String> read = read("Patients who had not responded to chemotherapy received nivolumab with ipilimumab.");
        assertTrue(read.contains("nivolumab combinedWith ipilimumab"), read.toString());
    }

    @Test
    void test_cells_that_stop_making_a_protein_do_not_secrete_it() {
        List<String> read = read("Velosiran silences the LPA gene in liver cells, so they stop making apolipoprotein(a).");
        assertTrue(read.contains("liver cell secretes apolipoprotein(a) NEG"), read.toString());
        assertFalse(read.contains("liver cell secretes apolipoprotein(a)"), read.toString());
    }

    @Test
    void test_them_after_a_singular_organ_stands_for_the_cells_named_before_it() {
        List<String> read = read("CRF binds the CRF1 receptor on corticotroph cells in the pituitary gland and tells "
                + "them to make ACTH.");
        assertTrue(read.contains("corticotroph secretes adrenocorticotropic hormone"), read.toString());
        assertFalse(read.contains("pituitary gland secretes adrenocorticotropic hormone"), read.toString());
    }

    @Test
    void test_the_kinase_of_a_tyrosine_kinase_inhibitor_is_the_protein_named_before_it() {
        List<String> read = read("Most patients who take velotinib, a third-generation EGFR tyrosine kinase inhibitor, "
                + "eventually progress.");
        assertTrue(read.contains("velotinib blocks EGFR"), read.toString());
    }
}
