package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 345 showed litkg missing: a second verb after "and" whose subject is a chemokine written with
 * its bracketed alias ("Eotaxin (CCL11) binds CCR3 ... and keeps them") or set off by its maker's aside ("CCL11, made
 * by fibroblasts lining the gut, binds CCR3 ... and keeps them"). Every sentence is written for the test.
 */
class SecondVerbsPastAliasesAndMakersTest {

    @Test
    void test_a_second_verb_shares_the_subject_written_with_its_bracketed_alias() {
        List<String> read = Readings.read("Eotaxin (CCL11) binds CCR3 on eosinophils and keeps them in the gut wall.");
        assertTrue(read.contains("CCL11 binds CCR3"), read.toString());
        assertTrue(read.contains("CCL11 sequesters eosinophil"), read.toString());
    }

    @Test
    void test_a_second_verb_shares_the_subject_past_its_makers_aside() {
        List<String> read = Readings.read("CCL11, made by fibroblasts lining the inflamed gut, binds CCR3 on "
                + "eosinophils and keeps them in the gut wall.");
        assertTrue(read.contains("fibroblast secretes CCL11"), read.toString());
        assertTrue(read.contains("CCL11 sequesters eosinophil"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("gut seq") || r.startsWith("fibroblast seq")), read + "");
    }

    @Test
    void test_a_makers_aside_after_a_bracketed_alias_names_the_product() {
        List<String> read = Readings.read("Eotaxin (CCL11), made by fibroblasts lining the inflamed gut, binds CCR3 on "
                + "eosinophils and keeps them in the gut wall.");
        assertTrue(read.contains("CCL11 sequesters eosinophil"), read.toString());
    }
}
