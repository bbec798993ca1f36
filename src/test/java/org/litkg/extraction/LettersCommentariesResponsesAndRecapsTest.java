package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.pipeline.Pipeline;

/**
 * Readings the hundred-and-forty-eighth held-out set (a Dear Healthcare Provider letter, an invited commentary, a
 * response to reviewers, a society meeting's session recap) showed missing on its first run. Every sentence is written
 * for the test.
 */
class LettersCommentariesResponsesAndRecapsTest {

    @Test
    void test_a_chemokine_that_holds_cells_inside_a_tissue_sequesters_them() {
        List<String> read = read("Stromal cells release CXCL12, which binds CXCR4 on T cells and holds them inside the "
                + "tumour.");
        assertTrue(read.contains("CXCL12 sequesters T cell"), read.toString());
    }

    @Test
    void test_a_drug_named_after_a_or_an_names_its_kind_and_combines_with_no_one_drug() {
        List<String> kind = read("Ceftriaxone is approved by the FDA for Lyme disease, in combination with a tetracycline.");
        assertTrue(kind.contains("ceftriaxone approvedBy U.S. Food and Drug Administration"), kind.toString());
        assertFalse(kind.stream().anyMatch(x -> x.contains(" combinedWith ")), kind.toString());
        List<String> named = read("Ceftriaxone is approved by the FDA for Lyme disease, in combination with doxycycline.");
        assertTrue(named.contains("ceftriaxone combinedWith doxycycline"), named.toString());
    }

    @Test
    void test_a_trial_run_at_one_hospital_and_at_another_is_conducted_by_both_and_not_by_its_leaders_university() {
        List<String> read = read("Many readers have asked about the trial, which is led by Dr. Colm Ashdown-Pereira of the "
                + "University of Sheffield. The trial is being run at Leeds General Infirmary and at Bradford Royal "
                + "Infirmary.");
        assertTrue(read.contains("study conductedBy Leeds General Infirmary"), read.toString());
        assertTrue(read.contains("study conductedBy Bradford Royal Infirmary"), read.toString());
        assertFalse(read.contains("study conductedBy University of Sheffield"), read.toString());
        assertTrue(read.contains("Colm Ashdown-Pereira affiliatedWith University of Sheffield"), read.toString());
    }

    @Test
    void test_two_drugs_joined_by_with_as_a_clauses_subject_are_combined_but_compared_ones_are_not() {
        List<String> subject = read("For older patients, gemcitabine with cisplatin for three cycles is an accepted option.");
        assertTrue(subject.contains("gemcitabine combinedWith cisplatin"), subject.toString());
        List<String> compared = read("The trial compared gemcitabine with cisplatin in older patients.");
        assertFalse(compared.stream().anyMatch(x -> x.contains(" combinedWith ")), compared.toString());
    }

    @Test
    void test_a_signature_whose_company_line_ends_with_its_legal_form_places_the_writer() {
        String letter = "Dear Healthcare Provider,\n\nPlease report any suspected adverse reactions to us.\n\nSincerely,"
                + "\n\nDr. Eamon Tierney-Vasquez\nDirector, Regulatory Affairs\nBrightwater Pharmaceuticals, Ltd.\n";
        List<String> read = read(letter);
        assertTrue(read.contains("Eamon Tierney-Vasquez affiliatedWith Brightwater Pharmaceuticals"), read.toString());
    }

    @Test
    void test_a_corresponding_authors_signature_on_behalf_of_all_authors_places_the_author() {
        String response = "We hope the manuscript is now acceptable.\n\nYours sincerely,\n\nMarta Lindgren-Osei, PhD, on "
                + "behalf of all authors\nDepartment of Immunology, University of Bergen, Bergen, Norway\n";
        List<String> read = read(response);
        assertTrue(read.contains("Marta Lindgren-Osei affiliatedWith University of Bergen"), read.toString());
    }

    @Test
    void test_a_letters_salutation_names_its_addressee() {
        List<String> names = typedNames("Dear Dr. Wilhelmina Castaneda-Obi,\n\nThank you for the chance to revise our "
                + "manuscript on CXCL12 and its receptor.\n");
        assertTrue(names.contains("PERSON Wilhelmina Castaneda-Obi"), names.toString());
    }

    @Test
    void test_the_immunology_of_a_study_done_elsewhere_makes_that_place_conduct_it_too() {
        List<String> read = read("The clinical arm was led by Dr. Ines Moreau-Kagame at Leeds General Infirmary, where all "
                + "patients were treated. The immunology was done at the Francis Crick Institute.");
        assertTrue(read.contains("study conductedBy Leeds General Infirmary"), read.toString());
        assertTrue(read.contains("study conductedBy Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_combination_nobody_could_say_should_be_given_is_no_finding_but_one_a_trial_asks_about_is_a_hedge() {
        List<String> open = read("Nobody could say whether gemcitabine should be given with cisplatin or after it.");
        assertFalse(open.stream().anyMatch(x -> x.contains(" combinedWith ")), open.toString());
        List<String> asked = read("The trial asks whether gemcitabine given with cisplatin helps older patients.");
        assertTrue(asked.contains("gemcitabine combinedWith cisplatin HEDGE"), asked.toString());
    }

    @Test
    void test_a_drug_a_trial_of_names_later_is_that_drug_where_a_sentence_names_it_first() {
        List<String> read = read("Korvalin, approved by the FDA for gout in 1990, blocks xanthine oxidase. A phase 2 trial "
                + "of korvalin in adults with kidney stones is under way.");
        assertTrue(read.contains("korvalin blocks xanthine oxidase"), read.toString());
    }

    @Test
    void test_a_society_named_for_its_meeting_is_not_where_a_speaker_works() {
        List<String> read = read("Our undergraduate, Lena Vasquez-Obi, presented her poster at the ASCO Annual Meeting "
                + "in Seattle.");
        assertFalse(read.stream().anyMatch(x -> x.contains(" affiliatedWith ")), read.toString());
        List<String> works = read("Lena Vasquez-Obi, a fellow at the University of Bergen, presented her poster.");
        assertTrue(works.contains("Lena Vasquez-Obi affiliatedWith University of Bergen"), works.toString());
    }

    @Test
    void test_a_word_in_a_telephone_number_is_no_drug_code() {
        List<String> names = typedNames("To report side effects of ABT-199, call 1-800-FDA-1088.");
        assertTrue(names.contains("DRUG ABT-199"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("1088")), names.toString());
    }

    @Test
    void test_an_abscess_and_the_institutions_and_journals_of_tropical_medicine_are_named() {
        List<String> names = typedNames("Dr. Ana Ruiz of icddr,b said the model does not reproduce amoebic liver abscess. "
                + "The study appeared in mBio and in PLOS Neglected Tropical Diseases, and it was given with liposomal "
                + "amphotericin B.");
        assertTrue(names.contains("ORGANIZATION icddr,b"), names.toString());
        assertTrue(names.contains("DISEASE amoebic liver abscess"), names.toString());
        assertTrue(names.contains("JOURNAL mBio"), names.toString());
        assertTrue(names.contains("JOURNAL PLOS Neglected Tropical Diseases"), names.toString());
        assertTrue(names.contains("DRUG amphotericin B"), names.toString());
    }

    @Test
    void test_an_enzyme_named_by_the_protein_it_acts_on_is_another_protein(@TempDir Path dir) throws Exception {
        Path vocabulary = dir.resolve("imported.tsv");
        Files.writeString(vocabulary, "hgnc-12435\tProtein\tTXN\tTXN|thioredoxin\tHGNC:12435\tcs\n");
        String text = "Auranofin inhibits thioredoxin reductase, and thioredoxin itself is left alone.";
        DocumentExtraction extracted = Readings.extract(new Pipeline(List.of(vocabulary)), text);
        List<String> names = extracted.recognized().entities().all().stream()
                .map(e -> e.type() + " " + e.preferredName()).toList();
        assertTrue(names.contains("PROTEIN thioredoxin reductase"), names.toString());
        assertTrue(names.contains("PROTEIN TXN"), names.toString());
        List<String> read = extracted.statements().stream().map(Readings::show).toList();
        assertTrue(read.contains("auranofin blocks thioredoxin reductase"), read.toString());
    }
}
