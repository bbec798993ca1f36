package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 416 showed litkg missing the drug an "it" after a semicolon stands for when a speaker reports the
 * claim ("Dr. X said that the experimental drug GX-410 does not block CCR5; it blocks CCR2"), and the workplace of
 * a scientist an obituary sets a relative clause after ("Professor X, who died last month aged 84, spent 30 years
 * at Y"). The texts are written for the tests.
 */
class ReportedClaimsAndObituaryWorkplacesTest {

    @Test
    void test_it_after_a_reported_claim_stands_for_the_claims_subject_not_the_speaker() {
        List<String> read = Readings.read("Dr. Lena Moss said that the experimental drug TQ-77 does not block CCR5; "
                + "it blocks CCR8.");
        assertTrue(read.contains("TQ-77 blocks CCR8"), read.toString());
        assertTrue(read.contains("TQ-77 blocks CCR5 NEG"), read.toString());
    }

    @Test
    void test_a_scientist_who_spent_years_at_an_institution_worked_there_past_a_relative_clause() {
        List<String> read = Readings.read("Professor Alan Pryce, who died in May aged 90, spent 25 years at the "
                + "University of Leeds, where his group showed that CCL2 draws monocytes into plaques.");
        assertTrue(read.contains("Alan Pryce affiliatedWith University of Leeds"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }
}
