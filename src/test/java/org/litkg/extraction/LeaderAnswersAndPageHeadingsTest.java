package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 390 showed litkg missing a trial page's answer to "Who leads it?" as the trial's leader, and leaving
 * unread a heading that names its subject before the kind of page ("X trial: frequently asked questions"). The texts
 * are written for the tests.
 */
class LeaderAnswersAndPageHeadingsTest {

    private static final String FAQ = "NOVA-7 trial: frequently asked questions\n\nWhat is being tested?\n"
            + "Tezepelumab, an antibody that binds TSLP, given alongside inhaled steroids.\n\nWho leads it?\n"
            + "Dr. Omar Haddad, a chest physician at Wythenshawe Hospital.\n";

    @Test
    void test_the_person_answering_who_leads_it_leads_the_trial_and_their_hospital_conducts_it() {
        List<String> read = Readings.read(FAQ);
        assertTrue(read.contains("study ledBy Omar Haddad"), read.toString());
        assertTrue(read.contains("study conductedBy Wythenshawe Hospital"), read.toString());
    }

    @Test
    void test_a_heading_naming_its_trial_before_the_kind_of_page_is_read() {
        List<String> names = Readings.typedNames(FAQ);
        assertTrue(names.contains("CLINICAL_TRIAL NOVA-7"), names.toString());
    }
}
