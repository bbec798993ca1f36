package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 412 showed litkg missing cells named by the kind they resemble ("glioma stem-like cells express
 * CXCR4"), a boy a parent's blog names by his given name ("our son Leo"), and the second of two chemokines cells use
 * a receptor to follow. The texts are written for the tests.
 */
class LikenedCellsNamedRelativesAndFollowedListsTest {

    @Test
    void test_cells_named_by_the_kind_they_resemble_carry_their_receptor() {
        List<String> read = Readings.read("In these tumours, macrophage-like cells express CCR2.");
        assertTrue(read.contains("CCR2 expressedOn macrophage-like cell"), read.toString());
    }

    @Test
    void test_a_word_before_like_that_names_no_cells_makes_no_cell_type() {
        List<String> names = Readings.typedNames("The drug-like compounds and flu-like cells were tested.");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("CELL_TYPE")), names.toString());
    }

    @Test
    void test_a_relative_named_after_a_family_word_is_a_person() {
        List<String> names = Readings.typedNames("When our son Tomas was diagnosed with WHIM syndrome, we had "
                + "never heard of it.");
        assertTrue(names.contains("PERSON Tomas"), names.toString());
    }

    @Test
    void test_a_family_word_without_an_owner_names_no_person() {
        List<String> names = Readings.typedNames("The son Tomas never met was diagnosed with WHIM syndrome.");
        assertFalse(names.contains("PERSON Tomas"), names.toString());
    }

    @Test
    void test_each_chemokine_the_cells_use_a_receptor_to_follow_binds_it() {
        List<String> read = Readings.read("The drug inhibits CXCR2, a receptor neutrophils use to follow CXCL1 and "
                + "CXCL8 into tumours.");
        assertTrue(read.contains("CXCL1 binds CXCR2"), read.toString());
        assertTrue(read.contains("CXCL8 binds CXCR2"), read.toString());
    }
}
