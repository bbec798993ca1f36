package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fiftieth held-out set showed litkg missing or misreading: a protein described after ", the" by a
 * channel's phrase placed on cells ("ferroportin, the iron channel on gut cells and macrophages"), a maker singled out
 * after a comma ("by healthy tissues, above all by keratinocytes"), and a trial "which Professor X led". Every
 * sentence is written for the test.
 */
class ChannelsFocusAndLedTrialsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_channel_phrase_after_the_names_the_protein_and_places_it_on_cells() {
        List<String> read = read("Like hepcidin, velfertide binds ferroportin, the iron channel on gut cells and "
                + "macrophages, and blocks it.");
        assertTrue(read.contains("velfertide binds ferroportin"), read.toString());
        assertTrue(read.contains("velfertide blocks ferroportin"), read.toString());
        assertTrue(read.contains("ferroportin expressedOn macrophage"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("iron channel")), read.toString());
    }

    @Test
    void test_a_maker_singled_out_after_a_comma_makes_it_too() {
        List<String> read = read("CXCL14 is made in large amounts by healthy tissues, above all by keratinocytes in "
                + "the skin.");
        assertTrue(read.contains("keratinocyte secretes CXCL14"), read.toString());
    }

    @Test
    void test_a_trial_which_a_person_led_is_led_by_them() {
        List<String> read = read("In the HERMES trial, which Professor Anna Velde led, velbrutinib slowed disability.");
        assertTrue(read.contains("study ledBy Anna Velde"), read.toString());
    }
}
