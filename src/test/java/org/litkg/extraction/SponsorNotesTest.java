package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A football programme's note on its sponsor, a biotech company. Texts written for the test. */
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
}
