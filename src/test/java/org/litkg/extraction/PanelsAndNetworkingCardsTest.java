package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A drug facts panel's fields and a networking card's name and lab. Every text is written for the test. */
class PanelsAndNetworkingCardsTest {

    @Test
    void test_a_drug_facts_panels_fields_are_about_its_active_ingredient() {
        List<String> read = read("""
                Drug Facts

                Active ingredient: vicriviroc
                Purpose: blocks CCR5 on T cells
                Approved by: EMA, 2021
                """);
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("vicriviroc approvedBy European Medicines Agency"), read.toString());
    }

    @Test
    void test_a_cards_name_works_at_the_one_institution_its_lab_field_names() {
        List<String> read = read("""
                Speed networking card

                Name: Ilse Varga-Mensah
                Lab: Moreau group, University of Lyon
                Looking for: a CCR2 reporter mouse
                """);
        assertTrue(read.contains("Ilse Varga-Mensah affiliatedWith University of Lyon"), read.toString());
        List<String> two = read("""
                Name: Ilse Varga-Mensah
                Lab: Moreau group, University of Lyon and University of Geneva
                """);
        assertFalse(two.stream().anyMatch(x -> x.contains("affiliatedWith")), two.toString());
    }
}
