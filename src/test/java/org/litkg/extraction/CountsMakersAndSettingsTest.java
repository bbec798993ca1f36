package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "All three" and "the two" as pronouns for the drugs named last; "the receptor for the chemokine X"; "X made in Y"
 * before its verb; "she runs a laboratory at Y"; the maker apposed to "the drug's maker"; a course year in a student's
 * header line; and a disease in an opening phrase as the setting, not the doer. Every sentence is written for the test.
 */
class CountsMakersAndSettingsTest {

    @Test
    void test_all_three_stands_for_the_three_drugs_named_last() {
        List<String> read = read("Golimumab and certolizumab bind TNF. Etanercept works as a decoy. All three are "
                + "approved by the FDA for psoriatic arthritis.");
        assertTrue(read.contains("golimumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("certolizumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("etanercept approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_the_two_may_be_used_together_combines_the_pair() {
        List<String> read = read("Berotralstat will not replace icatibant in severe attacks, and the two can be given "
                + "together.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("berotralstat combinedWith icatibant")
                || r.startsWith("icatibant combinedWith berotralstat")), read.toString());
    }

    @Test
    void test_the_receptor_for_the_chemokine_x_is_bound_by_x() {
        List<String> read = read("The antibody blocks CCR7, the receptor for the chemokine CCL19, on T cells.");
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
    }

    @Test
    void test_a_chemokine_made_in_an_organ_is_the_subject_of_its_verb() {
        List<String> read = read("In this disease, CCL21 made in the lymph nodes holds the T cells there.");
        assertTrue(read.contains("CCL21 sequesters T cell"), read.toString());
        assertFalse(read.contains("lymph node sequesters T cell"), read.toString());
    }

    @Test
    void test_she_runs_a_laboratory_at_y_places_the_titled_person_named_before() {
        List<String> read = read("Dr. Ama Mensah-Holt studied chemistry in Accra. Today she runs a tumour immunology "
                + "laboratory at the Francis Crick Institute in London.");
        assertTrue(read.contains("Ama Mensah-Holt affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_company_apposed_to_the_drug_s_maker_is_an_organisation() {
        List<String> typed = Readings.typedNames("The trials were run by the drug's maker, ACB, in 2021.");
        assertTrue(typed.contains("ORGANIZATION ACB"), typed.toString());
    }

    @Test
    void test_a_course_year_in_a_student_header_places_the_student() {
        List<String> read = read("Essay for PHAR2001\nStudent: Tomas Ferreira-Lund, third-year pharmacology, University "
                + "of Bristol\n\nAsthma is a disease of the airways in which mast cells release histamine.\n");
        assertTrue(read.contains("Tomas Ferreira-Lund affiliatedWith University of Bristol"), read.toString());
    }

    @Test
    void test_a_disease_in_an_opening_phrase_is_no_doer_of_a_clause_with_its_own_subject() {
        List<String> read = read("In chronic pancreatitis, an enzyme in the gland called trypsin becomes active too early "
                + "and releases bradykinin.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("chronic pancreatitis")), read.toString());
    }
}
