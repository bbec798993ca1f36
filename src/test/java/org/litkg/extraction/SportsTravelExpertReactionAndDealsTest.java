package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-fourth held-out set (a sports page, a travel section's health piece, an expert
 * reaction round-up, an acquisition story) showed missing on its first run. Every sentence is written for the test.
 */
class SportsTravelExpertReactionAndDealsTest {

    @Test
    void test_a_definite_description_after_a_cell_type_adds_no_second_cell_type() {
        List<String> read = read("Its pill, KX-77, blocks CXCR1 and CXCR2, two receptors on neutrophils, the white blood "
                + "cells that flood into inflamed joints.");
        assertTrue(read.contains("KX-77 blocks CXCR2"), read.toString());
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.contains("expressedOn") && x.contains("leukocyte")), read.toString());
    }

    @Test
    void test_a_blocker_known_as_a_code_after_a_comma_blocks_its_target() {
        List<String> read = read("The team has tested an experimental CCR4 blocker, known as TRX-310, in mice.");
        assertTrue(read.contains("TRX-310 blocks CCR4"), read.toString());
    }

    @Test
    void test_the_receptors_natural_partner_binds_the_receptor() {
        List<String> read = read("Gut-homing T cells carry large amounts of the receptor CCR9. Cells in the small "
                + "intestine make the chemokine CCL25, the receptor's natural partner.");
        assertTrue(read.contains("CCL25 binds CCR9"), read.toString());
    }

    @Test
    void test_researchers_working_with_a_second_institution_make_both_conduct_the_study() {
        List<String> read = read("Researchers at the Kumasi Centre for Tropical Medicine, working with the University of "
                + "Bristol, found in a study of 90 children that CXCL9 levels rose.");
        assertTrue(read.contains("study conductedBy Kumasi Centre for Tropical Medicine"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bristol"), read.toString());
    }

    @Test
    void test_a_post_held_where_the_clause_says_places_the_person_there() {
        List<String> read = read("She now backs research at the University of Galway, where Dr. Niamh Oyelaran-Quigley "
                + "heads an immunology laboratory.");
        assertTrue(read.contains("Niamh Oyelaran-Quigley affiliatedWith University of Galway"), read.toString());
        List<String> visit = read("She spoke at the University of Galway, where Dr. Niamh Oyelaran-Quigley praised her.");
        assertFalse(visit.contains("Niamh Oyelaran-Quigley affiliatedWith University of Galway"), visit.toString());
    }

    @Test
    void test_the_programme_refers_to_a_research_programme_named_before() {
        List<String> read = read("Scientists at the Gambia Vaccine Research Programme have tracked the infection. The "
                + "study was led by Professor Lamin Ceesay-Holt, a paediatrician at the programme.");
        assertTrue(read.contains("Lamin Ceesay-Holt affiliatedWith Gambia Vaccine Research Programme"), read.toString());
    }

    @Test
    void test_a_class_noun_before_a_disease_is_no_part_of_its_name() {
        List<String> typed = typedNames("Patients with the lung disease idiopathic pulmonary fibrosis took part, as did "
                + "people with Ewing sarcoma and children with cerebral malaria.");
        assertTrue(typed.contains("DISEASE idiopathic pulmonary fibrosis"), typed.toString());
        assertTrue(typed.stream().anyMatch(x -> x.equalsIgnoreCase("CANCER Ewing sarcoma")), typed.toString());
        assertTrue(typed.contains("DISEASE cerebral malaria"), typed.toString());
    }

    @Test
    void test_a_players_position_before_his_name_makes_him_a_person() {
        List<String> typed = typedNames("Bristol Comets winger Sam Okoro-Blake returned to training on Monday.");
        assertTrue(typed.contains("PERSON Sam Okoro-Blake"), typed.toString());
    }
}
