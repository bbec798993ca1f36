package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the forty-fourth held-out set showed litkg missing or misreading: a drug named with the form it is given in
 * ("ruxolitinib cream"), targets joined before a class noun, an approval "for" a disease "by" an agency, a family's
 * symbol before "family kinases", a second object after an indefinite apposition, "each drug" after two, and a
 * disease that only says whose blood it is. Every sentence is written for the test.
 */
class FormsGroupsAndFamiliesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_drug_in_its_form_is_the_drug_and_its_joined_targets_are_each_blocked() {
        List<String> read = read("The study had no placebo arm. Velotinib cream, a JAK1 and JAK2 inhibitor, is already "
                + "approved for vitiligo by the FDA.");
        assertTrue(read.contains("velotinib blocks JAK1"), read.toString());
        assertTrue(read.contains("velotinib blocks JAK2"), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("velotinib approvedBy")), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("cream")), read.toString());
    }

    @Test
    void test_a_family_symbol_before_family_kinases_names_the_family() {
        List<String> read = read("Velecitinib irreversibly blocks JAK3 and the TEC family kinases.");
        assertTrue(read.contains("velecitinib blocks TEC"), read.toString());
    }

    @Test
    void test_a_second_object_follows_an_indefinite_apposition() {
        List<String> read = read("Velquetamab binds GPRC5D, a receptor on myeloma cells, and CD3 on T cells.");
        assertTrue(read.contains("velquetamab binds GPRC5D"), read.toString());
        assertTrue(read.contains("velquetamab binds CD3"), read.toString());
    }

    @Test
    void test_each_drug_after_two_stands_for_both() {
        List<String> read = read("In the trial we gave patients velquetamab together with teclistamab. Each drug is "
                + "approved on its own by the FDA.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("velquetamab approvedBy")), read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("teclistamab approvedBy")), read.toString());
    }

    @Test
    void test_a_disease_that_says_whose_blood_it_is_secretes_nothing() {
        List<String> read = read("With less antithrombin, the blood of people with hemophilia A or B makes enough "
                + "thrombin to clot.");
        assertFalse(read.stream().anyMatch(r -> r.contains(" secretes ")), read.toString());
    }
}
