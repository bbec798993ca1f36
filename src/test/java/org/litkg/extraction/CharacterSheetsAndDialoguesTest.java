package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A game's character sheet for a drug, a dialogue whose speaker says "I", and a poem's "you" for the thing it calls
 * by name. Every text is written for the test.
 */
class CharacterSheetsAndDialoguesTest {

    @Test
    void test_a_character_sheets_fields_are_about_the_drug_its_name_field_names() {
        List<String> read = read("""
                Character sheet

                Name: Leronlimab
                Class: antibody
                Special ability: blocks CCR5
                Approved by: EMA
                """);
        assertTrue(read.contains("leronlimab blocks CCR5"), read.toString());
        assertTrue(read.contains("leronlimab approvedBy European Medicines Agency"), read.toString());
    }

    @Test
    void test_a_speakers_i_is_the_molecule_its_label_names() {
        List<String> read = read("""
                CCL21: I bind you, CCR7.
                CCR7: Always.
                """);
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
        List<String> person = read("DR. OKAFOR: I block CXCR4 in my mice.");
        assertFalse(person.stream().anyMatch(x -> x.contains("blocks")), person.toString());
    }

    @Test
    void test_you_after_a_name_called_at_the_opening_is_what_was_called() {
        List<String> read = read("CCR5, on T cells you stand, till leronlimab blocks you, hand in hand.");
        assertTrue(read.contains("leronlimab blocks CCR5"), read.toString());
        List<String> uncalled = read("Till plerixafor blocks you, nothing moves.");
        assertFalse(uncalled.stream().anyMatch(x -> x.contains("blocks")), uncalled.toString());
    }
}
