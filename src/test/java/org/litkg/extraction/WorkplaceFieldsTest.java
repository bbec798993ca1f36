package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record names people in its fields beside the field that names their workplace: a patient's record's or card's
 * clinician under the hospital's field or heading, a trial agenda's investigator beside its one site, a job's line
 * manager under its location. Every text is written for the test.
 */
class WorkplaceFieldsTest {

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

    private static final String AGENDA_BACKGROUND = "\n\n10:15  Study background\n"
            + "KRV-2291 is an oral antagonist of CCR9.\n";

    @Test
    void test_a_trials_one_site_field_places_the_investigator_field_beside_it() {
        List<String> read = read("SITE INITIATION VISIT - AGENDA\n\nSite: Ninewells Hospital, Dundee\n"
                + "Principal investigator: Dr. Anouk Mwangi-Fairlie" + AGENDA_BACKGROUND);
        assertTrue(read.contains("Anouk Mwangi-Fairlie affiliatedWith Ninewells Hospital"), read.toString());
        // a site's field below the investigator's serves as well
        List<String> below = read("SITE INITIATION VISIT - AGENDA\n\nPI: Dr. Anouk Mwangi-Fairlie\n"
                + "Site: Ninewells Hospital, Dundee" + AGENDA_BACKGROUND);
        assertTrue(below.contains("Anouk Mwangi-Fairlie affiliatedWith Ninewells Hospital"), below.toString());
    }

    @Test
    void test_a_list_of_sites_places_no_investigator_at_any_of_them() {
        List<String> read = read("TRIAL SUMMARY\n\nSites: Ninewells Hospital, Dundee; Raigmore Hospital, Inverness\n"
                + "Chief investigator: Dr. Anouk Mwangi-Fairlie" + AGENDA_BACKGROUND);
        assertFalse(read.stream().anyMatch(x -> x.contains("affiliatedWith")), read.toString());
    }

    @Test
    void test_a_jobs_line_manager_works_where_its_location_field_says_the_job_is() {
        List<String> read = read("JOB DESCRIPTION\n\nJob title: Research Technician\n"
                + "Location: University of Leicester, main campus\nGrade: 5\n"
                + "Reports to: Dr. Ilse Marangoni-Whyte, Group Leader\n\nPurpose of the role\n"
                + "The group found that fibroblasts release CCL20, which binds CCR6 on Th17 cells.\n");
        assertTrue(read.contains("Ilse Marangoni-Whyte affiliatedWith University of Leicester"), read.toString());
    }
}
