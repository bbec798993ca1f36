package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 407 showed litkg missing an approval whose "It" opened the sentence after "Most HIV strains enter T
 * cells through the CCR5 co-receptor": the subject there is the strains, not HIV, so "it" is the drug named before.
 * The texts are written for the tests.
 */
class PluralSubjectsPastNamesTest {

    @Test
    void test_it_after_a_plural_subject_a_name_modifies_is_the_drug_named_before() {
        List<String> read = Readings.read("Leronlimab is an injection for HIV. Most HIV strains enter T cells "
                + "through CCR5. It was approved by the FDA in 2031.");
        assertTrue(read.contains("leronlimab approvedBy U.S. Food and Drug Administration"), read.toString());
    }
}
