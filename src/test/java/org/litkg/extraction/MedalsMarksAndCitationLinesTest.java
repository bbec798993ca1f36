package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 432 showed litkg missing: a medal read as a person ("the 2026 Halden Medal of the European Society"),
 * who then led "her team"'s study; an affiliation's plain mark glued to its first word ("2Institute of Biomedicine of
 * Seville"); an abstract's own citation line with an abbreviated journal ("Kidney Int. 2026;109(4):745-756."); and
 * G-CSF as a drug where a parent asks who "tried it together with G-CSF". Every text is written for the test.
 */
class MedalsMarksAndCitationLinesTest {

    @Test
    void test_a_medal_is_no_person_and_her_team_is_the_professors() {
        List<String> read = Readings.read("Professor Annick Varga of Harbour University has been awarded the 2026 "
                + "Halden Medal of the European Society for Immunology. In 2014 her team showed that CXCL12 binds "
                + "CXCR4 on neutrophils.");
        assertTrue(read.contains("study ledBy Annick Varga"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("Halden Medal")), read.toString());
    }

    @Test
    void test_an_affiliations_plain_mark_glued_to_its_institution_still_places_the_author() {
        List<String> read = Readings.read("A title\n\nElena Quell1, Tomas Brandt2, Lea Sommer1\n\n1Department of "
                + "Medicine, Harbour University, Bergen, Norway. 2Institute of Biomedicine of Seville, Seville, "
                + "Spain.\n\nBackground: Podocytes produce CCL2 in diabetic kidneys of mice.\n");
        assertTrue(read.contains("Tomas Brandt affiliatedWith Institute of Biomedicine of Seville"), read.toString());
    }

    @Test
    void test_an_abstracts_own_abbreviated_citation_line_publishes_it_but_a_reference_does_not() {
        List<String> read = Readings.readPlain("A title\n\nPodocytes produce CCL2 under high glucose in diabetic mice."
                + "\n\nKidney Int. 2026;109(4):745-756.\n");
        assertTrue(read.contains("study publishedIn Kidney International"), read.toString());
        List<String> reference = Readings.readPlain("References\n1. Quell E, Brandt T. Podocytes and CCL2. Kidney Int. "
                + "2019;95:12-20.\n");
        assertFalse(reference.stream().anyMatch(x -> x.contains("publishedIn")), reference.toString());
    }

    @Test
    void test_a_protein_a_drug_is_tried_together_with_is_a_drug() {
        List<String> names = Readings.typedNames("Mavorixafor blocks CXCR4 in the marrow. Has anyone tried it "
                + "together with G-CSF?");
        assertTrue(names.contains("DRUG G-CSF"), names.toString());
    }
}
