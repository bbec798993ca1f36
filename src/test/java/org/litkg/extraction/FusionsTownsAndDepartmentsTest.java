package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the forty-sixth held-out set showed litkg missing or misreading: a fusion protein named by two genes and
 * a hyphen, a leader whose workplace is followed by its town before "led the trial", and a department "at" an
 * institution, which is no workplace of its own. Every sentence is written for the test.
 */
class FusionsTownsAndDepartmentsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_drug_blocks_a_fusion_protein_not_its_first_gene() {
        List<String> read = read("Velatinib and imatinib block BCR-ABL1 at its ATP site.");
        assertTrue(read.contains("velatinib blocks BCR-ABL1"), read.toString());
        assertFalse(read.contains("velatinib blocks BCR"), read.toString());
    }

    @Test
    void test_a_ligand_and_receptor_joined_before_axis_stay_two_proteins() {
        List<String> read = read("Velixafor blocks the CXCL12-CXCR4 axis in tumours.");
        assertFalse(read.stream().anyMatch(r -> r.contains("CXCL12-CXCR4")), read.toString());
    }

    @Test
    void test_a_leader_whose_workplace_is_followed_by_its_town_leads_the_trial() {
        List<String> read = read("Velafinerone was tested in 6,001 patients. Maria Costa of Lakeview General Hospital in "
                + "Boston led the trial, which was funded by Bayer.");
        assertTrue(read.contains("study ledBy Maria Costa"), read.toString());
        assertTrue(read.contains("study conductedBy Lakeview General Hospital"), read.toString());
    }

    @Test
    void test_a_department_at_an_institution_is_no_workplace_of_its_own() {
        List<String> read = read("\"It works,\" said Dr. Ravi Menon, chair of the Department of Leukemia at Lakeview "
                + "University and senior author of the study.");
        assertTrue(read.contains("Ravi Menon affiliatedWith Lakeview University"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("Department of Leukemia")), read.toString());
    }
}
