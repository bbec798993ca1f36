package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading a formulary monograph needs: an "it" that stands for the monograph's drug, not for a drug an earlier
 * sentence gave only as an example of a kind. Every sentence is written for the test.
 */
class ExampleDrugReferencesTest {

    @Test
    void test_it_stands_for_the_drug_not_for_an_example_of_a_kind_named_before() {
        List<String> read = read("Tofacitinib blocks JAK1 and JAK3. Do not take it with enzyme inducers such as rifampicin."
                + " It can be taken with methotrexate.");
        assertTrue(read.contains("tofacitinib combinedWith methotrexate"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("rifampicin combinedWith")), read.toString());
    }
}
