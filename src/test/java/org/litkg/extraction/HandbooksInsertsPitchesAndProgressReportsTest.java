package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifty-second held-out set (a group's handbook, a prescribing information, a pitch's notes, a
 * grant's progress report) showed missing on its first run. Every sentence is written for the test.
 */
class HandbooksInsertsPitchesAndProgressReportsTest {

    @Test
    void test_a_grant_reports_co_investigator_field_places_the_co_investigator() {
        List<String> read = read("PROGRESS REPORT\n\nCo-investigator: Dr. Paul Ngassa-Perrin, University of Buea\n\n"
                + "In year 2 we enrolled 140 of the 200 planned participants.\n");
        assertTrue(read.contains("Paul Ngassa-Perrin affiliatedWith University of Buea"), read.toString());
    }

    @Test
    void test_a_french_institutions_name_runs_through_sur_les_and_et_autres() {
        List<String> names = typedNames("The work was done at the Institut de Recherche sur les Parasites et autres "
                + "Maladies Infectieuses in Douala.");
        assertTrue(names.contains(
                "ORGANIZATION Institut de Recherche sur les Parasites et autres Maladies Infectieuses"), names.toString());
    }

    @Test
    void test_a_grant_reports_lead_institution_field_is_where_its_work_is_done() {
        List<String> read = read("ANNUAL PROGRESS REPORT\n\nLead institution: University of Buea\n"
                + "Principal investigator: Dr. Grace Kameni-Voss\n\n"
                + "In year 1 we found that endothelial cells produce CX3CL1, which binds CX3CR1 on monocytes.\n");
        assertTrue(read.contains("study conductedBy University of Buea"), read.toString());
        assertTrue(read.contains("study ledBy Grace Kameni-Voss"), read.toString());
    }

    @Test
    void test_the_seed_lexicon_knows_loiasis() {
        List<String> names = typedNames("Loiasis is spread by deer flies in the rainforests of Central Africa.");
        assertTrue(names.contains("DISEASE Loiasis") || names.contains("DISEASE loiasis"), names.toString());
    }

    @Test
    void test_a_place_before_a_comma_does_not_join_the_cells_after_it() {
        List<String> read = read("Within the bone marrow, stromal cells release CXCL12 to hold stem cells in place.");
        assertTrue(read.contains("stromal cell secretes CXCL12"), read.toString());
        assertFalse(read.contains("bone marrow stromal cell secretes CXCL12"), read.toString());
    }

    @Test
    void test_blocking_the_binding_of_a_described_ligand_to_a_receptor_blocks_the_receptor() {
        List<String> read = read("Pelorixafor blocks the binding of its ligand, stromal cell-derived factor-1 alpha "
                + "(SDF-1α, also called CXCL12), to CXCR4.");
        assertTrue(read.contains("pelorixafor blocks CXCR4"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("pelorixafor blocks") && !r.endsWith("CXCR4")), read.toString());
    }

    @Test
    void test_a_labels_manufactured_for_line_names_the_company() {
        List<String> names = typedNames("HIGHLIGHTS OF PRESCRIBING INFORMATION\n\nPelorixafor blocks CXCR4 on stem cells "
                + "and releases them into the blood.\n\nManufactured for: Brindlewood Biologics, Inc., Madison, WI 53703\n");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("ORGANIZATION Brindlewood Biologics")), names.toString());
    }

    @Test
    void test_a_lab_that_says_it_is_a_group_in_a_unit_at_a_university_places_its_head_and_staff_there() {
        List<String> read = read("Welcome to the lab\n\nWe are a virology group in the Centro de Estudos Virais at the "
                + "Universidade de Lisboa, led by Dr. Ines Varkholm-Sousa. Our lab manager, Tomas Thessaly-Reis, keeps "
                + "the freezer keys. In our 2025 paper in Cell, we showed that macrophages secrete CCL5.\n");
        assertTrue(read.contains("Ines Varkholm-Sousa affiliatedWith Universidade de Lisboa"), read.toString());
        assertTrue(read.contains("study conductedBy Centro de Estudos Virais")
                || read.contains("study conductedBy Universidade de Lisboa"), read.toString());
        assertTrue(read.contains("Tomas Thessaly-Reis affiliatedWith Universidade de Lisboa"), read.toString());
    }

    @Test
    void test_a_pitchs_speaker_leads_their_former_labs_paper_and_their_officers_work_at_the_company() {
        List<String> read = read("Hi, I'm Dr. Mara Quillon-Ostby, co-founder and CEO of Brindlewood Bio. We make "
                + "antibodies. We are six people. We work in Boston. We have one product. Before Brindlewood, I ran a "
                + "lab at the University of Leeds. In a 2025 paper in Cell, my lab showed that macrophages secrete CCL5. "
                + "Our CSO, Dr. Ivo Harlan-Mbeki, ran antibody engineering elsewhere.");
        assertTrue(read.contains("study ledBy Mara Quillon-Ostby"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
        assertFalse(read.contains("study conductedBy Brindlewood Bio"), read.toString());
        assertTrue(read.contains("Ivo Harlan-Mbeki affiliatedWith Brindlewood Bio"), read.toString());
        assertFalse(read.contains("study publishedIn Boston"), read.toString()); // "We work in Boston": no paper's journal
    }

    @Test
    void test_a_signature_whose_institution_is_the_short_name_the_text_defined_places_the_signer() {
        List<String> read = read("ANNUAL PROGRESS REPORT\n\nLead institution: Instituto de Medicina Tropical do Vale "
                + "(IMTV), Manaus\n\nIn year 2 we enrolled 140 of the 200 planned participants.\n\nSigned\n"
                + "Dr. Helena Brindle-Acosta\nPrincipal investigator, IMTV\n");
        assertTrue(read.contains("Helena Brindle-Acosta affiliatedWith Instituto de Medicina Tropical do Vale"),
                read.toString());
    }
}
