package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class phrase whose member its makers name in a clause, with no "called" after the class: "a CXCR2 antagonist they
 * call X", "a CCR5 inhibitor that they have named X", "an antibody they developed, X,". Every text is written for the
 * test.
 */
class CompoundsTheirMakersNameTest {

    @Test
    void test_a_class_its_makers_call_by_a_name_blocks_its_target() {
        List<String> read = read("Profile\n\nLast year her team reported that a CXCR2 antagonist they call ZQ-418 "
                + "reduced lung damage in mice.");
        assertTrue(read.contains("ZQ-418 blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_relative_clause_that_names_the_class_member_makes_it_a_drug() {
        String text = "Profile\n\nThe team made a CCR5 inhibitor that they have named VX-44 and tested it in mice.";
        assertTrue(read(text).contains("VX-44 blocks CCR5"), read(text).toString());
        assertTrue(typedNames(text).contains("DRUG VX-44"), typedNames(text).toString());
    }

    @Test
    void test_a_clause_that_names_something_else_names_no_class_member() {
        List<String> read = read("Profile\n\nThey gave mice a CCR5 inhibitor and we call the result a cure.");
        assertFalse(read.stream().anyMatch(x -> x.contains("blocks")), read.toString());
    }

    @Test
    void test_a_relative_clause_whose_verb_is_no_naming_leaves_the_named_enzyme_a_protein() {
        String text = "Column\n\nTovarostat is a tablet that blocks an enzyme called IDO1 (indoleamine "
                + "2,3-dioxygenase 1).";
        assertTrue(read(text).contains("tovarostat blocks IDO1"), read(text).toString());
        assertFalse(typedNames(text).contains("DRUG IDO1"), typedNames(text).toString());
    }

    @Test
    void test_an_antibody_its_makers_developed_names_itself_between_commas() {
        String text = "Job\n\nThe group showed that an antibody they developed, QL-27, blocks CCR6 in mice.";
        assertTrue(read(text).contains("QL-27 blocks CCR6"), read(text).toString());
        assertTrue(typedNames(text).contains("DRUG QL-27"), typedNames(text).toString());
    }
}
