package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 389 showed litkg missing a person joined to "the rheumatology team at Y, whose study showed" as its
 * leader, an "Answered by X, post, hospital" line with no colon, and a product page's "Manufacturer:" field. The texts
 * are written for the tests.
 */
class TeamsJoinedAndPharmacyLinesTest {

    @Test
    void test_a_person_and_the_team_at_a_place_whose_study_showed_a_finding_lead_it_there() {
        List<String> read = Readings.read("Congratulations to Dr. Ana Lind and the dermatology team at Guy's "
                + "Hospital, whose study showed that keratinocytes produce CCL20.");
        assertTrue(read.contains("study ledBy Ana Lind"), read.toString());
        assertTrue(read.contains("Ana Lind affiliatedWith Guy's Hospital"), read.toString());
    }

    @Test
    void test_an_answered_by_line_without_a_colon_places_the_pharmacist() {
        List<String> read = Readings.read("Ask the pharmacist\n\nA: No. Maraviroc blocks CCR5.\n\n"
                + "Answered by Tom Hale, HIV pharmacist, Royal Free Hospital\n");
        assertTrue(read.contains("Tom Hale affiliatedWith Royal Free Hospital"), read.toString());
    }

    @Test
    void test_a_product_pages_manufacturer_field_names_its_companies() {
        List<String> names = Readings.typedNames("Kevzara (sarilumab) 200 mg pen\n\nHow it works\nSarilumab blocks "
                + "the IL-6 receptor.\n\nManufacturer: Sanofi and Regeneron\nPrescription only.\n");
        assertTrue(names.contains("ORGANIZATION Regeneron"), names.toString());
    }
}
