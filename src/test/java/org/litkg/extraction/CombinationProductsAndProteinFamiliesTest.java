package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two names set 423 showed litkg missing: a fixed-dose product named by its apposition ("Opdualag, a combination of
 * nivolumab and relatlimab approved by the FDA"), which the agency approves rather than its parts, and a family named
 * with "proteins" ("BET proteins"). Every sentence is written for the test.
 */
class CombinationProductsAndProteinFamiliesTest {

    @Test
    void test_a_name_apposed_to_a_combination_of_drugs_is_the_drug_the_agency_approves() {
        List<String> read = Readings.read("Tumours with few such macrophages rarely responded to Opdualag, a "
                + "combination of nivolumab and relatlimab approved by the FDA in 2022.");
        assertTrue(read.contains("opdualag approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("nivolumab combinedWith relatlimab"), read.toString());
        assertFalse(read.contains("relatlimab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_symbol_before_proteins_names_the_family_of_proteins() {
        List<String> read = Readings.read("The drug is called pelabresib. It blocks BET proteins in the marrow.");
        List<String> names = Readings.entities("The drug is called pelabresib. It blocks BET proteins in the marrow.")
                .stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
        assertTrue(read.contains("pelabresib blocks BET"), read.toString());
        assertTrue(names.contains("BET proteins"), names.toString());
    }
}
