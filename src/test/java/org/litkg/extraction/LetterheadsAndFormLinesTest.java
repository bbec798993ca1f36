package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that documents written on an institution's paper need (the hundred-and-eighty-first held-out set: an
 * information request's answer, a company memorandum, an oration): the institution named alone at the head, the form
 * lines of those who made the document, "the Trust", "our X group". Every sentence is written for the test.
 */
class LetterheadsAndFormLinesTest {

    @Test
    void test_the_makers_form_lines_place_them_at_the_letterhead_institution() {
        String text = "Drug Information Centre\nNorthfield General Hospital NHS Trust\n\nEnquiry 2026-77\n\n"
                + "Answer\nMaraviroc blocks CCR5 and can be given with raltegravir.\n\n"
                + "Answered by: Amaka Osei-Brandt, Senior Medicines Information Pharmacist\n"
                + "Checked by: Tomas Villanueva-Kerr, Lead Pharmacist\n";
        List<String> read = read(text);
        assertTrue(read.contains("Amaka Osei-Brandt affiliatedWith Northfield General Hospital NHS Trust"), read.toString());
        assertTrue(read.contains("Tomas Villanueva-Kerr affiliatedWith Northfield General Hospital NHS Trust"),
                read.toString());
        assertFalse(typedNames(text).contains("DRUG Information"), typedNames(text).toString());
    }

    @Test
    void test_a_memorandums_sender_and_a_scientist_of_our_group_work_for_the_company_its_head_names() {
        String text = "Harwick Biologics AB\nINTERNAL MEMORANDUM\n\n"
                + "To: Dr. Lena Fisk, Head of Clinical Operations\n"
                + "From: Dr. Jonas Berglund-Ade, Chief Scientific Officer\n\n"
                + "HB-402 blocks CCR2 on monocytes. The work was led by Dr. Sara Lindqvist-Obi of our Immunology group, "
                + "and was published in Blood in May.\n";
        List<String> read = read(text);
        assertTrue(read.contains("Jonas Berglund-Ade affiliatedWith Harwick Biologics AB"), read.toString());
        assertTrue(read.contains("Sara Lindqvist-Obi affiliatedWith Harwick Biologics AB"), read.toString());
        assertTrue(read.contains("study conductedBy Harwick Biologics AB"), read.toString());
        assertFalse(read.contains("Lena Fisk affiliatedWith Harwick Biologics AB"), read.toString()); // an addressee
    }

    @Test
    void test_a_form_line_under_no_letterhead_places_no_one() {
        List<String> read = read("Enquiry record 14\n\nMaraviroc blocks CCR5 and can be given with raltegravir.\n\n"
                + "Answered by: Amaka Osei-Brandt, Senior Pharmacist\n");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("Amaka Osei-Brandt affiliatedWith")), read.toString());
    }

    @Test
    void test_the_trust_is_the_letterhead_trust_and_its_principal_investigator_works_there() {
        String text = "Request FOI 2026/12\nGranthorpe Hospitals NHS Foundation Trust\n\nYour request\n\n"
                + "ORBIT is a trial of maraviroc given with pembrolizumab. The principal investigator at the Trust is "
                + "Dr. Ana Ruiz-Patel, consultant oncologist.\n\nInformation Governance Team\n";
        List<String> read = read(text);
        assertTrue(read.contains("study ledBy Ana Ruiz-Patel"), read.toString());
        assertTrue(read.contains("Ana Ruiz-Patel affiliatedWith Granthorpe Hospitals NHS Foundation Trust"),
                read.toString());
        assertFalse(typedNames(text).contains("PERSON Information Governance Team"), typedNames(text).toString());
    }

    @Test
    void test_an_orations_public_orator_works_at_the_university_it_is_delivered_at() {
        List<String> read = read("University of Kelston\nOration delivered by the Public Orator, Dr. Maud Ferris\n\n"
                + "Chancellor, Professor Ivo Brandt showed that fingolimod blocks S1P1 on lymphocytes.\n");
        assertTrue(read.contains("Maud Ferris affiliatedWith University of Kelston"), read.toString());
    }

    @Test
    void test_a_headline_naming_an_institution_is_no_letterhead() {
        List<String> read = read("Kelston Institute Team Finds New Target\n\nThe team showed that CCL2 binds CCR2.\n\n"
                + "Written by: Dr. Maud Ferris, science editor\n");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("Maud Ferris affiliatedWith")), read.toString());
    }
}
