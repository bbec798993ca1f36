package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading held-out set 363 showed litkg missing: a company's post named by its field ("Norvik's head of research,
 * Dr. X"), which places the person at the company as "Norvik's chief scientist, Dr. X" does. Every text is written for
 * the test.
 */
class RolesOfFieldsTest {

    @Test
    void test_a_companys_head_of_a_field_works_there() {
        List<String> read = Readings.read("\"It is promising,\" said Quorvant Pharma's head of clinical research, "
                + "Dr. Lena Berg.");
        assertTrue(read.contains("Lena Berg affiliatedWith Quorvant Pharma"), read.toString());
    }

    @Test
    void test_an_unowned_head_of_a_field_works_nowhere_named() {
        List<String> read = Readings.read("Quorvant Pharma made it. \"It works,\" said the head of research, "
                + "Dr. Lena Berg.");
        assertFalse(read.stream().anyMatch(r -> r.contains("affiliatedWith")), read.toString());
    }
}
