package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 353 showed litkg missing: the site of a trial named between commas and dated ("a phase 1b
 * trial, ORCA-2, in 2027 at Y, led by Dr X"), and a partnership's plan to develop a combination, which is hedged.
 * Every sentence is written for the test.
 */
class PartnershipsAndNamedTrialSitesTest {

    @Test
    void test_a_named_and_dated_trial_at_a_place_is_conducted_there_and_places_its_leader() {
        List<String> read = Readings.read("The partners will open a phase 2 trial, ORCA-2, in 2027 at the Francis "
                + "Crick Institute, led by Dr. Nia Hughes.");
        assertTrue(read.contains("study conductedBy Francis Crick Institute"), read.toString());
        assertTrue(read.contains("Nia Hughes affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_partnerships_plan_to_develop_a_combination_is_hedged() {
        List<String> read = Readings.read("The two companies signed an agreement to develop QBX-120 in combination "
                + "with pembrolizumab.");
        assertTrue(read.contains("QBX-120 combinedWith pembrolizumab HEDGE"), read.toString());
    }
}
