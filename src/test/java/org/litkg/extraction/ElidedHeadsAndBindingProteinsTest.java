package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 433 showed litkg missing: the first of two coordinated tumours named with the other's head in its
 * American spelling ("Ovarian and pancreatic tumours" gave "ovarian tumor"), so the text's own "ovarian tumour" was
 * no name of it; and a protein named for what it binds ("the parasite's Duffy binding protein"). Every text is written
 * for the test.
 */
class ElidedHeadsAndBindingProteinsTest {

    @Test
    void test_an_elided_head_is_named_as_the_text_spells_it_and_merges_with_the_other_spelling() {
        List<String> names = Readings.typedNames("Ovarian and pancreatic tumours both produce CXCL1 in mice.");
        assertTrue(names.contains("CANCER ovarian tumour"), names.toString());
        List<org.litkg.recognition.DocumentEntities.Entity> entities = Readings.entities("Ovarian and breast tumors "
                + "produce CXCL1. Ovarian tumours also make CXCL8.");
        assertTrue(entities.stream().filter(e -> e.preferredName().startsWith("ovarian")).count() == 1,
                entities.toString());
    }

    @Test
    void test_a_named_binding_protein_is_a_protein_that_binds() {
        List<String> read = Readings.read("The parasite's Duffy binding protein latches onto ACKR1 on red blood "
                + "cells.");
        assertTrue(read.contains("Duffy binding protein binds ACKR1"), read.toString());
        List<String> unnamed = Readings.typedNames("A binding protein carries retinol in the blood of mice.");
        assertFalse(unnamed.stream().anyMatch(x -> x.contains("binding protein")), unnamed.toString());
    }
}
