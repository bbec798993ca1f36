package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person whose age is written in words before the name. Every sentence is written for the test. */
class AgesAndAsidesTest {

    @Test
    void test_an_age_in_words_before_a_name_makes_a_person() {
        Map<String, String> m = Recognitions.mentions("Thirty-year-old Maren Ostby has had asthma since childhood.");
        assertEquals("Person", m.get("Maren Ostby"), m.toString());
    }
}
