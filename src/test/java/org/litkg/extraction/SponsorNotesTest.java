package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A football programme's note on its sponsor and a radio bulletin. Texts written for the test. */
class SponsorNotesTest {

    @Test
    void test_a_companys_drug_named_after_whose_is_the_subject_of_its_verb() {
        List<String> read = read("Thanks to our sponsor, Halden Bio, whose drug HB-12 blocks CCR2 on monocytes.\n");
        assertTrue(read.contains("HB-12 blocks CCR2"), read.toString());
    }

    @Test
    void test_a_companys_town_after_of_is_no_part_of_its_name() {
        List<String> names = Readings.typedNames("Halden Bio of Oslo makes HB-12, and Arclight Therapeutics of Boston "
                + "sells it. The University of Oslo tests it.\n");
        assertTrue(names.contains("ORGANIZATION Halden Bio"), names.toString());
        assertTrue(names.contains("ORGANIZATION Arclight Therapeutics"), names.toString());
        assertTrue(names.contains("ORGANIZATION University of Oslo"), names.toString());
    }

    @Test
    void test_a_hospital_named_a_campus_is_an_organisation_that_conducts_its_doctors_work() {
        List<String> read = read("Doctors at the Rambam Health Care Campus in Haifa have used motixafortide, which blocks "
                + "CXCR4, to move stem cells into the blood.\n");
        assertTrue(read.contains("study conductedBy Rambam Health Care Campus"), read.toString());
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }
}
