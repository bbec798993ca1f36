package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 408 showed litkg missing what "CAP-117, an anti-CCR7 monoclonal antibody," binds, giving the purpose
 * of "given plerixafor with filgrastim to move stem cells" to the partner, and missing the trust of "A study by nurses
 * at X". The texts are written for the tests.
 */
class KindedAntibodiesPartnersAndStaffStudiesTest {

    @Test
    void test_an_anti_word_before_the_kind_of_antibody_names_what_the_drug_binds() {
        List<String> read = Readings.read("T cells carry CCR9 into the gut. ZR-204, an anti-CCR9 humanized "
                + "antibody, reduced gut inflammation in mice.");
        assertTrue(read.contains("ZR-204 binds CCR9"), read.toString());
    }

    @Test
    void test_the_drug_given_before_with_is_what_moves_the_cells() {
        List<String> read = Readings.read("Donors were given motixafortide with filgrastim to move stem cells into "
                + "the blood.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
        assertFalse(read.contains("filgrastim mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_study_by_nurses_at_a_hospital_is_done_there() {
        List<String> read = Readings.read("A study by nurses at Guy's and St Thomas' NHS Foundation Trust found that "
                + "a checklist halved missed doses.");
        assertTrue(read.contains("study conductedBy Guy's and St Thomas' NHS Foundation Trust"), read.toString());
    }

    @Test
    void test_nurses_at_a_hospital_who_only_care_do_no_study() {
        List<String> read = Readings.read("Nurses at Guy's and St Thomas' NHS Foundation Trust give the injections.");
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy")), read.toString());
    }
}
