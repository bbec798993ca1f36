package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-fifth held-out set (an infographic's text version, a trial's results letter to its
 * participants, a written legislative testimony, a PhD defense announcement) showed missing on its first run. Every
 * sentence is written for the test.
 */
class LabLeadersCocktailsAndLetterheadsTest {

    @Test
    void test_a_drug_that_stops_a_receptor_from_working_blocks_it() {
        List<String> read = read("The new drug, tesoparin, stops CXCR1 from working.");
        assertTrue(read.contains("tesoparin blocks CXCR1"), read.toString());
    }

    @Test
    void test_a_code_name_in_brackets_is_the_drugs_second_name() {
        List<String> names = typedNames("Patients took tesoparin (code name TQ-204) twice a day for a month.");
        assertTrue(names.contains("DRUG tesoparin"), names.toString());
        assertFalse(names.contains("DRUG TQ-204"), names.toString());
    }

    @Test
    void test_a_trial_people_take_part_in_is_named_and_its_runner_conducts_it() {
        List<String> read = read("Thank you for taking part in BRIGHT-UC. BRIGHT-UC was run by the Glasgow Clinical Trials "
                + "Unit.");
        assertTrue(read.contains("study conductedBy Glasgow Clinical Trials Unit"), read.toString());
    }

    @Test
    void test_a_runner_named_after_the_leader_conducts_instead_of_the_leaders_workplace() {
        List<String> read = read("The trial was led by Professor Ana Lindqvist, a surgeon at the University of Leeds, and "
                + "run by the Glasgow Clinical Trials Unit.");
        assertTrue(read.contains("study conductedBy Glasgow Clinical Trials Unit"), read.toString());
        assertTrue(read.contains("Ana Lindqvist affiliatedWith University of Leeds"), read.toString());
        assertFalse(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_a_partner_given_in_both_arms_combines_with_the_drug_tested() {
        List<String> read = read("Half of the patients took sorvelixin tablets and half took dummy tablets (placebo) for 8 "
                + "weeks, in both cases alongside their usual infusions of vedolizumab.");
        assertTrue(read.contains("sorvelixin combinedWith vedolizumab"), read.toString());
    }

    @Test
    void test_the_head_of_the_laboratory_a_study_was_done_in_leads_it() {
        List<String> read = read("The work was carried out in the laboratory of Dr. Ines Palacio-Ward at the Walter and "
                + "Eliza Hall Institute.");
        assertTrue(read.contains("study ledBy Ines Palacio-Ward"), read.toString());
        assertTrue(read.contains("study conductedBy Walter and Eliza Hall Institute of Medical Research"), read.toString());
    }

    @Test
    void test_a_cocktail_named_before_its_bracketed_antibodies_binds_and_combines_them() {
        List<String> read = read("Zentivab, a cocktail of two monoclonal antibodies (casirivimab and imdevimab), binds the "
                + "rabies virus glycoprotein at two sites.");
        assertTrue(read.contains("zentivab binds rabies virus glycoprotein"), read.toString());
        assertTrue(read.contains("casirivimab combinedWith imdevimab"), read.toString());
        assertFalse(read.contains("imdevimab binds rabies virus glycoprotein"), read.toString());
    }

    @Test
    void test_a_vaccine_named_for_its_disease_is_a_drug_given_with_others() {
        List<String> read = read("Infants were given nirsevimab together with the first dose of hepatitis B vaccine.");
        assertTrue(read.contains("nirsevimab combinedWith hepatitis b vaccine"), read.toString());
    }

    @Test
    void test_a_postcode_and_a_bill_number_are_no_protein_and_no_drug_code() {
        List<String> names = typedNames("Leeds Teaching Hospitals, Leeds LS9 7TF. We support HB 1187, which funds testing "
                + "for CXCL12 in every county.");
        assertFalse(names.contains("PROTEIN LS9"), names.toString());
        assertFalse(names.contains("DRUG HB 1187"), names.toString());
        assertTrue(names.contains("CHEMOKINE CXCL12"), names.toString());
    }

    @Test
    void test_a_workplace_the_first_author_has_moved_to_did_not_conduct_the_study() {
        List<String> read = read("The study's first author, Dr. Omar Baptiste-Lind, is now a postdoctoral fellow at the "
                + "Broad Institute.");
        assertTrue(read.contains("Omar Baptiste-Lind affiliatedWith Broad Institute"), read.toString());
        assertFalse(read.contains("study conductedBy Broad Institute"), read.toString());
    }

    @Test
    void test_a_testimonys_submitted_by_line_places_the_witness_and_the_chairs_field_is_no_organisation() {
        String text = "WRITTEN TESTIMONY\nSubmitted by Hana Kowalczyk-Ode, DVM, PhD, Professor of Comparative Medicine and "
                + "Pathobiology, Cornell University College of Veterinary Medicine\n\nThank you for the chance to speak.";
        List<String> read = read(text);
        assertTrue(read.contains("Hana Kowalczyk-Ode affiliatedWith Cornell University College of Veterinary Medicine"),
                read.toString());
        assertFalse(typedNames(text).contains("ORGANIZATION Pathobiology"), typedNames(text).toString());
        // a sentence cut after an abbreviation may open with "of", which has no post before it
        assertTrue(typedNames("Rats got 40 mg/kg b. wt. of TAA each week with CXCL12.").contains("CHEMOKINE CXCL12"));
    }

    @Test
    void test_a_defense_announcements_committee_line_names_its_people() {
        List<String> names = typedNames("ANNOUNCEMENT OF FINAL ORAL DEFENSE\n\nCommittee: Dr. Lena Osterberg-Diaz, "
                + "Dr. Kofi Marchetti-Lund\n\nAll are welcome.");
        assertTrue(names.contains("PERSON Lena Osterberg-Diaz"), names.toString());
        assertTrue(names.contains("PERSON Kofi Marchetti-Lund"), names.toString());
    }
}
