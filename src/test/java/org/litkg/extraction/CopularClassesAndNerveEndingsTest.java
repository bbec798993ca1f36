package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 431 showed litkg missing: "Microglia are the brain's own immune cells. They carry CX3CR1", whose "they"
 * litkg took for the immune cells the copula classes the microglia in (and for a name with no -s, which "are" shows
 * plural, no antecedent of "they" at all); and "PAR2 on nerve endings", a place litkg did not know. Every text is
 * written for the test.
 */
class CopularClassesAndNerveEndingsTest {

    @Test
    void test_they_after_a_copula_goes_on_with_the_named_subject_not_its_class() {
        List<String> read = Readings.read("Microglia are the brain's own immune cells. They carry a receptor called "
                + "CX3CR1.");
        assertTrue(read.contains("CX3CR1 expressedOn microglia"), read.toString());
        assertFalse(read.contains("CX3CR1 expressedOn leukocyte"), read.toString());
        List<String> neutrophils = Readings.read("Neutrophils are white blood cells. They carry CXCR2.");
        assertTrue(neutrophils.contains("CXCR2 expressedOn neutrophil"), neutrophils.toString());
    }

    @Test
    void test_they_after_a_sentence_whose_verb_is_no_copula_is_the_nearest_cells() {
        List<String> read = Readings.read("Stromal cells attract T cells. They carry CXCR3.");
        assertTrue(read.contains("CXCR3 expressedOn T cell"), read.toString());
    }

    @Test
    void test_a_receptor_on_nerve_endings_is_placed_there() {
        List<String> read = Readings.read("Mast cells release tryptase, which binds PAR2 on nerve endings.");
        assertTrue(read.contains("PAR2 expressedOn nerve ending"), read.toString());
    }
}
