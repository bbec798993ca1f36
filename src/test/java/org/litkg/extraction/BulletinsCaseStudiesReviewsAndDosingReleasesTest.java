package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifteenth held-out set (a radio news bulletin, a research impact case study, a
 * year-in-review, a first-patient-dosed release) showed missing on its first run. Every sentence is written for the
 * test.
 */
class BulletinsCaseStudiesReviewsAndDosingReleasesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_drug_that_will_be_given_with_another_in_a_running_trial_is_a_hedged_combination() {
        List<String> read = read("In HARBOR-1, HT-3305 will be given in combination with FOLFIRINOX.");
        assertTrue(read.contains("HT-3305 combinedWith FOLFIRINOX HEDGE"), read.toString());
    }

    @Test
    void test_japans_ministry_of_health_labour_and_welfare_is_a_regulator_that_approves() {
        List<String> read = read("Mogamulizumab was approved by Japan's Ministry of Health, Labour and Welfare in 2012 "
                + "for relapsed disease.");
        assertTrue(read.contains("mogamulizumab approvedBy Ministry of Health, Labour and Welfare"), read.toString());
    }

    @Test
    void test_the_leader_of_a_team_at_a_place_works_there_without_a_comma_before_led_by() {
        List<String> read = read("A team at the Karolinska Institutet led by Professor Lena Sandström-Obi showed in "
                + "Nature that blood vessel cells in the lung make CXCL16.");
        assertTrue(read.contains("Lena Sandström-Obi affiliatedWith Karolinska Institutet"), read.toString());
    }
}
