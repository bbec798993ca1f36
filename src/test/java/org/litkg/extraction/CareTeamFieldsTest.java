package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient's record or card names who treats the patient in its fields, under the field or the heading that names the
 * hospital: the clinician works there. Every text is written for the test.
 */
class CareTeamFieldsTest {

    private static final String CARD = "PATIENT ALERT CARD\n\nI am being treated with ravulizumab for myasthenia gravis. "
            + "Ravulizumab binds the complement protein C5 and blocks it.\n\n";

    @Test
    void test_a_cards_own_consultant_field_places_her_at_the_cards_hospital() {
        List<String> read = read(CARD + "My hospital: Royal Hallamshire Hospital, Sheffield\n"
                + "My consultant: Dr. Ingrid Okafor-Lindqvist\n");
        assertTrue(read.contains("Ingrid Okafor-Lindqvist affiliatedWith Royal Hallamshire Hospital"), read.toString());
    }

    @Test
    void test_a_family_doctors_field_places_no_one_at_the_hospital() {
        List<String> read = read(CARD + "My hospital: Royal Hallamshire Hospital, Sheffield\n"
                + "My GP: Dr. Tomasz Whitfield-Nakamura\n");
        assertFalse(read.stream().anyMatch(x -> x.contains("affiliatedWith")), read.toString());
    }

    @Test
    void test_a_summarys_consultant_works_at_the_hospital_its_ward_field_names_not_at_the_ward() {
        List<String> read = read("DISCHARGE SUMMARY\n\nWard: Haematology Day Unit, Northwick General Hospital\n"
                + "Consultant: Dr Selin Abernethy-Osei\n\nTreated with eculizumab, which blocks C5, since 2024.\n");
        assertTrue(read.contains("Selin Abernethy-Osei affiliatedWith Northwick General Hospital"), read.toString());
        assertFalse(read.contains("Selin Abernethy-Osei affiliatedWith Haematology Day Unit"), read.toString());
    }

    @Test
    void test_a_ward_rounds_registrar_works_at_the_hospital_heading_the_notes() {
        List<String> read = read("WARD ROUND NOTES - Rheumatology\nQueen Adelaide Hospital, Norwich\n"
                + "Consultant: Mr. Pieter Ansah-Holm\nRegistrar: Dr. K. Varga-Mbeki\n\n"
                + "Bed 2 - started on anakinra, which blocks the IL-1 receptor.\n");
        assertTrue(read.contains("Pieter Ansah-Holm affiliatedWith Queen Adelaide Hospital"), read.toString());
        assertTrue(read.contains("K. Varga-Mbeki affiliatedWith Queen Adelaide Hospital"), read.toString());
    }
}
