package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fifty-second held-out set showed litkg missing or misreading: a pronoun after a name of another type
 * taken as a binding verb's object ("binds dabigatran tightly and neutralises it"), an object relative after an
 * apposition of three modifiers ("CXCL17, the most recently described chemokine, which epithelial cells secrete"), and
 * a prodrug's active form in a relative after a colon. Every sentence is written for the test.
 */
class PronounObjectsAndLongAppositionsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_pronoun_after_a_name_of_another_type_is_not_the_object_sought() {
        List<String> read = read("Velagatran directly inhibits thrombin in the blood. Velarucizumab is an antibody "
                + "fragment that binds velagatran tightly and neutralises it within minutes.");
        assertTrue(read.contains("velagatran blocks thrombin"), read.toString());
        assertFalse(read.contains("velarucizumab binds thrombin"), read.toString());
    }

    @Test
    void test_an_object_relative_after_a_long_apposition_reads_its_antecedent() {
        List<String> read = read("The lab studies CXCL17, the most recently described chemokine, which epithelial "
                + "cells of the airways and the gut secrete in large amounts.");
        assertTrue(read.contains("epithelial cell secretes CXCL17"), read.toString());
    }

    @Test
    void test_a_prodrugs_active_form_blocks_for_the_drug() {
        List<String> read = read("In 2013 researchers showed that ETC-1077 is a prodrug: an enzyme found only in liver "
                + "cells turns it into its active form, which inhibits ATP citrate lyase (ACLY). Because muscle cells "
                + "lack the activating enzyme, the drug should not cause muscle aches.");
        assertTrue(read.contains("ETC-1077 blocks ACLY"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("enzyme")), read.toString());
    }
}
