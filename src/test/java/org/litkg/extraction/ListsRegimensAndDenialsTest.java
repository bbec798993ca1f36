package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirty-ninth held-out set showed litkg missing or misreading: "their" for a list of names, a
 * non-restrictive relative clause between a subject and its verb, members of a class listed after a comma, a
 * chemotherapy's drugs, an approval of "the combination", a relation inside a "whether" clause the sentence calls
 * untested, a reported claim the next sentence denies, and workplaces named by one word or a definite description.
 * Every sentence is written for the test.
 */
class ListsRegimensAndDenialsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_their_after_a_list_stands_for_every_name_in_it_and_its_effects_are_the_proteins() {
        List<String> read = read("Velumab attaches to both VEGF-A and angiopoietin-2 and blocks their action. "
                + "Tolimab binds IL-6 and blocks its effects. Rovimab binds KRAS and blocks their activity.");
        assertTrue(read.contains("velumab blocks VEGFA"), read.toString());
        assertTrue(read.contains("velumab blocks angiopoietin-2"), read.toString());
        assertTrue(read.contains("tolimab blocks IL6"), read.toString());
        assertFalse(read.contains("rovimab blocks KRAS"), read.toString());
    }

    @Test
    void test_the_subject_before_a_non_restrictive_relative_clause_does_the_verb_after_it() {
        List<String> read = read("Endothelial cells, which line the blood vessels, release angiopoietin-2.");
        assertTrue(read.contains("endothelial cell secretes angiopoietin-2"), read.toString());
        assertFalse(read.contains("blood vessel secretes angiopoietin-2"), read.toString());
    }

    @Test
    void test_members_of_a_class_listed_after_a_comma_block_its_target() {
        List<String> read = read("Companies developing other EZH5 inhibitors, such as velostat, are unaffected. "
                + "Blood pressure drugs such as lisinopril, which block angiotensin-converting enzyme, help.");
        assertTrue(read.contains("velostat blocks EZH5"), read.toString());
        assertTrue(read.contains("lisinopril blocks angiotensin-converting enzyme"), read.toString());
    }

    @Test
    void test_a_chemotherapys_drugs_combine_the_first_with_each_alternative_and_not_with_the_class() {
        List<String> read = read("Patients received velumab plus pembrolizumab, or chemotherapy with gemcitabine and "
                + "cisplatin or carboplatin.");
        assertTrue(read.contains("gemcitabine combinedWith cisplatin"), read.toString());
        assertTrue(read.contains("gemcitabine combinedWith carboplatin"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("cisplatin combinedWith carboplatin")
                || x.startsWith("carboplatin combinedWith cisplatin")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("chemotherapy combinedWith")), read.toString());
    }

    @Test
    void test_an_agency_that_approved_the_combination_approves_both_its_drugs_but_not_the_chemotherapy() {
        List<String> read = read("Patients received velumab plus pembrolizumab, or chemotherapy with gemcitabine and "
                + "cisplatin. The combination nearly doubled survival. The FDA approved the combination in 2023.");
        assertTrue(read.contains("velumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("pembrolizumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("gemcitabine approvedBy")), read.toString());
    }

    @Test
    void test_a_relation_in_a_whether_clause_called_untested_is_no_finding_but_one_under_test_is_a_hedge() {
        List<String> untested = read("Whether velitinib could be added to velumab has not been tested.");
        assertTrue(untested.isEmpty(), untested.toString());
        List<String> testing = read("Whether velitinib could be added to velumab is being tested.");
        assertTrue(testing.stream().anyMatch(x -> x.contains("combinedWith") && x.endsWith("HEDGE")), testing.toString());
    }

    @Test
    void test_a_reported_claim_the_next_sentence_denies_is_negated() {
        List<String> denied = read("Many candidates wrote that velumab blocks KAT. It does not; it only binds it.");
        assertTrue(denied.contains("velumab blocks KAT NEG"), denied.toString());
        List<String> kept = read("The authors wrote that velumab blocks KAT. It does not cure the disease.");
        assertTrue(kept.contains("velumab blocks KAT"), kept.toString());
    }

    @Test
    void test_a_workplace_named_by_one_word_of_its_name_or_as_the_medical_center() {
        List<String> read = read("Velostat is made by Corvexa Therapeutics. The trial was led by Ada Ngozi, a Corvexa "
                + "nephrologist. Tanya Reed is treated at the University of Northfield Medical Center. Dr. Ray Hale, a "
                + "nephrologist at the medical center, is hopeful.");
        assertTrue(read.contains("Ada Ngozi affiliatedWith Corvexa Therapeutics"), read.toString());
        assertTrue(read.contains("Ray Hale affiliatedWith University of Northfield Medical Center"), read.toString());
    }
}
