package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-third held-out set's kinds of writing need: a poster's "binds proteins of the
 * X family, such as Y", a congress exhibitor's entry (a company's name over "Calderon develops ...", its "Our phase 2
 * trial" and "our Chief Medical Officer"), a laboratory rotation report ("a larger study from the X group") and a
 * ward's poster whose hospital stands only in its footer ("Our haematology team, led by Dr. X, runs a new study").
 * Every text is written for the test.
 */
class AbstractsExhibitorsRotationsAndPostersTest {

    @Test
    void test_a_family_named_with_its_members_is_bound_through_the_members() {
        List<String> read = read("Anaemia in MDS\n\nLuspatercept binds proteins of the TGF-beta family, such as GDF11, "
                + "that stop red blood cells from maturing.\n");
        assertTrue(read.contains("luspatercept binds GDF11"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("luspatercept binds TGF")), read.toString());
        List<String> ligands = read("Anaemia in MDS\n\nLuspatercept binds TGF-beta family ligands including GDF11 and "
                + "GDF8.\n");
        assertTrue(ligands.contains("luspatercept binds GDF11"), ligands.toString());
        assertTrue(ligands.contains("luspatercept binds myostatin"), ligands.toString()); // GDF8's preferred name
    }

    @Test
    void test_an_exhibitor_describing_itself_by_name_is_the_we_whose_trial_and_officer_it_has() {
        String head = "Calderon Biotherapeutics (Basel, Switzerland)\n\n";
        String rest = " Our phase 2 trial, CLEARSKIN-2, is enrolling 240 adults.\n\nVisit us to meet our Chief Medical "
                + "Officer, Dr. Tobias Wendeler-Asante.\n";
        List<String> read = read(head + "Calderon develops oral medicines for psoriasis." + rest);
        assertTrue(read.contains("study conductedBy Calderon Biotherapeutics"), read.toString());
        assertTrue(read.contains("Tobias Wendeler-Asante affiliatedWith Calderon Biotherapeutics"), read.toString());
        // under the company's name alone "our" officer is the company's, but "our trial" may be an investigator's
        List<String> undescribed = read(head + "Psoriasis is an inflammatory skin disease." + rest);
        assertTrue(undescribed.contains("Tobias Wendeler-Asante affiliatedWith Calderon Biotherapeutics"),
                undescribed.toString());
        assertFalse(undescribed.stream().anyMatch(x -> x.contains("conductedBy")), undescribed.toString());
    }

    @Test
    void test_a_posters_footer_is_the_institution_our_team_belongs_to() {
        String poster = "RESEARCH NOTICEBOARD\n\nOur haematology team, led by Dr. Nnamdi Farquharson-Lee, runs a new "
                + "study of luspatercept given together with azacitidine.\n\n";
        List<String> read = read(poster + "Ward 7, Northern General Hospital, Sheffield Teaching Hospitals NHS "
                + "Foundation Trust\n");
        assertTrue(read.contains("study conductedBy Sheffield Teaching Hospitals NHS Foundation Trust"), read.toString());
        assertTrue(read.contains("study ledBy Nnamdi Farquharson-Lee"), read.toString());
        // the team's place is not said to be its leader's (set 178's convention)
        assertFalse(read.stream().anyMatch(x -> x.contains("affiliatedWith")), read.toString());
        List<String> unsigned = read(poster + "Ask the research nurse for more.\n");
        assertFalse(unsigned.stream().anyMatch(x -> x.contains("conductedBy")), unsigned.toString());
        // a signature's institution is the signer's, not the poster's
        for (String signature : List.of("Rosa Delacroix-Imbert, Sheffield Teaching Hospitals NHS Foundation Trust\n",
                "Rosa Delacroix-Imbert\nSheffield Teaching Hospitals NHS Foundation Trust\n")) {
            List<String> signed = read(poster + signature);
            assertFalse(signed.stream().anyMatch(x -> x.startsWith("study conductedBy")), signed.toString());
        }
        // "report side effects to our pharmacovigilance team" names no researchers
        List<String> reporting = read("RESEARCH NOTICEBOARD\n\nPlease report side effects of luspatercept to our "
                + "pharmacovigilance team.\n\nWard 7, Northern General Hospital\n");
        assertFalse(reporting.stream().anyMatch(x -> x.contains("conductedBy")), reporting.toString());
    }

    @Test
    void test_a_study_from_a_group_named_for_its_head_is_led_by_the_head_where_they_work() {
        List<String> read = read("Rotation report\nSupervisor: Dr. Kwame Osei-Lindholm, The Francis Crick Institute\n\n"
                + "AZD8797 blocked CX3CR1 in slices. The results match a larger study from the Osei-Lindholm group, "
                + "published in Nature Neuroscience in 2024.\n");
        assertTrue(read.contains("study ledBy Kwame Osei-Lindholm"), read.toString());
        assertTrue(read.contains("study conductedBy Francis Crick Institute"), read.toString());
    }
}
