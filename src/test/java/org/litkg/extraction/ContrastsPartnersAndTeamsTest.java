package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the fortieth held-out set showed litkg missing or misreading: an object set against the real one with
 * "not", a person's own workplace read as a study's, a drug granted an authorisation as an indirect object, a relative
 * clause after "oligonucleotide", a second "of" in a list of targets, "alongside it", a pronoun after a combination
 * partner, and "her team's paper". Every sentence is written for the test.
 */
class ContrastsPartnersAndTeamsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_object_set_against_the_real_one_with_not_is_denied() {
        List<String> read = read("Velitinib blocks the receptors, not VEGF-A itself.");
        assertTrue(read.contains("velitinib blocks VEGFA NEG"), read.toString());
        assertFalse(read.contains("velitinib blocks VEGFA"), read.toString());
    }

    @Test
    void test_a_persons_own_workplace_is_an_affiliation_not_a_study() {
        List<String> read = read("I'm Lena Park, a gastrointestinal oncologist at Stanford Medicine. Oncologists at "
                + "Yale University found that velumab works.");
        assertTrue(read.contains("Lena Park affiliatedWith Stanford Medicine"), read.toString());
        assertFalse(read.contains("study conductedBy Stanford Medicine"), read.toString());
        assertTrue(read.contains("study conductedBy Yale University"), read.toString());
    }

    @Test
    void test_a_drug_granted_an_authorisation_and_an_oligonucleotide_that_inhibits() {
        List<String> read = read("Belostat is an oligonucleotide that inhibits telomerase. The European Commission "
                + "granted belostat a conditional marketing authorisation in March 2025.");
        assertTrue(read.contains("belostat blocks telomerase"), read.toString());
        assertTrue(read.contains("belostat approvedBy European Commission"), read.toString());
    }

    @Test
    void test_a_second_of_in_a_list_of_targets_continues_the_list() {
        List<String> read = read("Velotrectinib is a compact inhibitor of ROS1 and of the TRK kinases.");
        assertTrue(read.contains("velotrectinib blocks ROS1"), read.toString());
        assertTrue(read.contains("velotrectinib blocks TRK"), read.toString());
    }

    @Test
    void test_alongside_it_combines_with_the_drug_named_before_the_list() {
        List<String> read = read("Belostat blocks HDACs. Boys keep taking steroids such as prednisone or deflazacort "
                + "alongside it.");
        assertTrue(read.contains("prednisone combinedWith belostat"), read.toString());
        assertTrue(read.contains("deflazacort combinedWith belostat"), read.toString());
    }

    @Test
    void test_it_after_a_combination_partner_is_the_drug_the_text_is_about() {
        List<String> read = read("Velitinib blocks VEGFR2. Trials are testing velitinib together with "
                + "gemcitabine/cisplatin. Yes, the FDA approved it in November 2023.");
        assertTrue(read.contains("velitinib approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("cisplatin approvedBy")), read.toString());
    }

    @Test
    void test_her_teams_paper_is_led_by_her_and_done_where_she_works() {
        List<String> read = read("Sandra Demaro, a radiation oncologist at Weill Cornell Medicine, studies tumours. Her "
                + "team's latest paper appears in Nature Cancer.");
        assertTrue(read.contains("study ledBy Sandra Demaro"), read.toString());
        assertTrue(read.contains("study conductedBy Weill Cornell Medicine"), read.toString());
    }
}
