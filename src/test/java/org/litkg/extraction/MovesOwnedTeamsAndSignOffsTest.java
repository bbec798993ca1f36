package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 395 showed litkg missing a move's new workplace ("has moved from X to Y"), the leader of "His Edinburgh
 * team" and of "the team's earlier trial" after "Dr. X and her team", the cells before an apposition ending in an
 * organ's part ("the main cells of the skin's outer layer, pour out"), and an e-mail's signer named over a post alone.
 * The texts are written for the tests.
 */
class MovesOwnedTeamsAndSignOffsTest {

    @Test
    void test_a_move_from_one_institute_to_another_places_the_person_at_the_second_only() {
        List<String> read = Readings.read("Dr. Ines Varga has moved from the Babraham Institute to the University of "
                + "Bristol, where she runs a lab on gut immunity.");
        assertTrue(read.contains("Ines Varga affiliatedWith University of Bristol"), read.toString());
        assertFalse(read.contains("Ines Varga affiliatedWith Babraham Institute"), read.toString());
    }

    @Test
    void test_a_team_named_by_its_city_after_a_possessive_is_the_owners() {
        List<String> read = Readings.read("Dr. Ines Varga runs a lab at the University of Bristol. Her Bristol team "
                + "recently reported in Mucosal Immunology that gut macrophages release CCL25.");
        assertTrue(read.contains("study ledBy Ines Varga"), read.toString());
        assertTrue(read.contains("study publishedIn Mucosal Immunology"), read.toString());
    }

    @Test
    void test_the_teams_earlier_trial_is_led_by_the_one_person_named_with_her_team() {
        List<String> read = Readings.read("The film follows Dr. Ines Varga and her team at the University of Bristol "
                + "as they give vedolizumab to children with colitis. The team's earlier trial, published in Gut, "
                + "found fewer flares.");
        assertTrue(read.contains("study ledBy Ines Varga"), read.toString());
    }

    @Test
    void test_the_teams_trial_has_no_leader_where_two_people_have_teams() {
        List<String> read = Readings.read("The film follows Dr. Ines Varga and her team in Bristol and Dr. Paul Reid "
                + "and his team in Leeds. The team's earlier trial, published in Gut, found fewer flares.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study ledBy")), read.toString());
    }

    @Test
    void test_the_cells_before_an_apposition_ending_in_an_organs_part_pour_out_the_chemokine() {
        List<String> read = Readings.read("Fibroblasts, the main cells of the lung's connective tissue, pump out a "
                + "chemokine called CXCL12.");
        assertTrue(read.contains("fibroblast secretes CXCL12"), read.toString());
        assertFalse(read.contains("lung secretes CXCL12"), read.toString());
    }

    @Test
    void test_an_emails_signer_over_a_post_alone_is_a_person_and_works_at_no_institution_named_above() {
        String text = "Subject: monthly update\n\nDear all,\n\nThe trial run by the Leeds Clinical Trials Research "
                + "Unit has now enrolled 90 patients. Thank you for all your work.\n\nKind regards,\nMaren Oyelaran\n"
                + "Study coordinator\n";
        List<String> names = Readings.typedNames(text);
        assertTrue(names.contains("PERSON Maren Oyelaran"), names.toString());
        List<String> read = Readings.read(text);
        assertFalse(read.stream().anyMatch(l -> l.startsWith("Maren Oyelaran affiliatedWith")), read.toString());
    }
}
