package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninetieth held-out set's kinds of writing need: a charity's trial listing ("Where:"
 * beside "Chief investigator:"), an abstract copied into an acceptance email under "Authors:" and "Institution:"
 * lines, a grant's letter of intent whose "our preliminary data" is the lead applicant's, two named trials published
 * together, and "it" in a clause trailing its sentence. Every text is written for the test.
 */
class ListingsAcceptanceEmailsAndLettersOfIntentTest {

    @Test
    void test_an_abstracts_labelled_authors_over_its_institution_work_there_after_the_letters_prose() {
        List<String> read = read("Dear Dr. Okafor-Strand,\n\nWe are pleased to tell you that your abstract has been "
                + "accepted for a poster at the congress in Vienna. The abstract is copied below.\n\n"
                + "Authors: Lena Okafor-Strand, Piet Vandermeer-Osei, Jonas Alvarez-Kim\n"
                + "Institution: Karolinska Institutet, Stockholm, Sweden\n\n"
                + "In asthma, airway cells release CCL2, which binds CCR2 on monocytes.\n");
        assertTrue(read.contains("Piet Vandermeer-Osei affiliatedWith Karolinska Institutet"), read.toString());
        assertTrue(read.contains("study ledBy Lena Okafor-Strand"), read.toString());
        assertTrue(read.contains("study ledBy Jonas Alvarez-Kim"), read.toString());
        assertFalse(read.contains("study ledBy Piet Vandermeer-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy Karolinska Institutet"), read.toString());
    }

    @Test
    void test_two_trials_named_together_before_published_in_each_appeared_in_the_journal() {
        List<String> read = read("Remibrutinib blocks BTK in mast cells. It was approved by the FDA in 2025 after the "
                + "KESTREL-1 and KESTREL-2 trials, published in the New England Journal of Medicine.\n");
        assertTrue(read.contains("KESTREL-1 publishedIn New England Journal of Medicine"), read.toString());
        assertTrue(read.contains("KESTREL-2 publishedIn New England Journal of Medicine"), read.toString());
        assertFalse(read.contains("study publishedIn New England Journal of Medicine"), read.toString());
        List<String> one = read("Remibrutinib blocks BTK in mast cells. It was approved by the FDA in 2025 after the "
                + "KESTREL-1 trial, published in the New England Journal of Medicine.\n");
        assertTrue(one.contains("study publishedIn New England Journal of Medicine"), one.toString());
    }

    @Test
    void test_it_in_a_clause_trailing_the_sentence_is_its_subject_not_a_name_inside_it() {
        List<String> read = read("Venetoclax is approved by the FDA for AML in people who cannot have intensive "
                + "chemotherapy, when it is given with azacitidine.\n");
        assertTrue(read.contains("venetoclax combinedWith azacitidine"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("chemotherapy combinedWith")), read.toString());
    }

    @Test
    void test_a_listings_where_field_beside_its_chief_investigator_lists_the_sites_that_run_the_trial() {
        String fields = "Chief investigator: Professor Amara Lindholm-Obi, University of Leeds\n"
                + "Where: Leeds General Infirmary, Leeds; Royal Hallamshire Hospital, Sheffield\n\n"
                + "What is this trial about?\nTagraxofusp binds CD123 on leukaemia stem cells.\n";
        List<String> read = read("ORCA-7: tagraxofusp for acute myeloid leukaemia\n\n" + fields);
        assertTrue(read.contains("study conductedBy Royal Hallamshire Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy Leeds General Infirmary"), read.toString());
        List<String> seminar = read("Seminar: CD123 in leukaemia\n\nWhen: 3 March, 4 pm\nWhere: Lecture Theatre 2, "
                + "Leeds General Infirmary\n\nTagraxofusp binds CD123 on leukaemia stem cells.\n");
        assertFalse(seminar.contains("study conductedBy Leeds General Infirmary"), seminar.toString());
    }

    @Test
    void test_this_work_after_a_letter_of_intents_our_model_is_the_lead_applicants() {
        String head = "Lead applicant: Dr. Callum Ferreira-Osei, University of Aberdeen\nTitle: Blocking CCR2 in "
                + "kidney disease\n\n";
        List<String> read = read(head + "In our mouse model, the CCR2 antagonist KX-512 cut macrophage numbers in the "
                + "kidney by half. KX-512 does not block CCR5. This work was published in Kidney International in "
                + "2026.\n");
        assertTrue(read.contains("study ledBy Callum Ferreira-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy University of Aberdeen"), read.toString());
        List<String> others = read(head + "Researchers in Oslo found that the CCR2 antagonist KX-512 cut macrophage "
                + "numbers in the kidney by half. This work was published in Kidney International in 2026.\n");
        assertFalse(others.contains("study ledBy Callum Ferreira-Osei"), others.toString());
    }
}
