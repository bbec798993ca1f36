package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 359 showed litkg missing or misreading: an antibody's code name set off by commas after "an
 * antibody against X", a disease in "people newly diagnosed with X" taken for the subject of what the people do, an
 * institute's distinctive word after "at the", cells named with what they make ("insulin-making beta cells"), and cells
 * trapped in a place by something unnamed. Every text is written for the test.
 */
class ApposedAntibodiesProducersAndKeptPlacesTest {

    @Test
    void test_a_code_apposed_to_an_antibody_phrase_is_the_antibody() {
        List<String> read = Readings.read("An antibody against CCR9, QT-41, blocked CCR9 signalling in mice.");
        assertTrue(read.contains("QT-41 blocks CCR9"), read.toString());
        assertTrue(read.contains("QT-41 binds CCR9"), read.toString());
        assertTrue(Readings.typedNames("An antibody against CCR9, QT-41, blocked it.").contains("DRUG QT-41"));
    }

    @Test
    void test_the_disease_of_people_described_by_a_participle_is_no_subject() {
        List<String> read = Readings.read("A pill could help people newly diagnosed with lupus nephritis keep making "
                + "CCL2 in the kidney.");
        assertFalse(read.stream().anyMatch(r -> r.contains("secretes")), read.toString());
    }

    @Test
    void test_an_institutes_distinctive_word_after_at_the_is_the_institute() {
        List<String> read = Readings.read("Researchers at the Francis Crick Institute found it. \"It works,\" said "
                + "Dr. Omar Haddad, who led the work at the Crick.");
        assertTrue(read.contains("Omar Haddad affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_cells_named_with_what_they_make_are_the_cells() {
        List<String> names = Readings.typedNames("The insulin-producing beta cells die, and antibody-secreting plasma "
                + "cells live on.");
        assertTrue(names.contains("CELL_TYPE beta cell"), names.toString());
        assertTrue(names.contains("CELL_TYPE plasma cell"), names.toString());
    }

    @Test
    void test_cells_trapped_by_nothing_named_are_kept_by_their_place() {
        List<String> read = Readings.read("Mutations that make the receptor overactive trap neutrophils in the bone "
                + "marrow.");
        assertTrue(read.contains("bone marrow sequesters neutrophil"), read.toString());
        read = Readings.read("In WHIM syndrome, a mutant CXCR4 traps neutrophils in the bone marrow.");
        assertFalse(read.contains("bone marrow sequesters neutrophil"), read.toString());
    }
}
