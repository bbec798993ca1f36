package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-eighty-seventh held-out set's kinds of writing need: an examiner's mark sheet, whose
 * points end in their marks; a supply notice naming an adhesion molecule and the protein on a cell that binds it; and
 * a fellowship application, whose applicant writes the personal statement, holds the award at the host organisation
 * and did their PhD with a supervisor. Every text is written for the test.
 */
class ApplicationsMarkSheetsAndSupplyNoticesTest {

    @Test
    void test_a_mark_sheets_points_are_read_though_their_marks_follow_the_stop() {
        List<String> read = read("Examiner mark sheet: key points\n"
                + "1. Ibalizumab binds CD4 on T cells. [1 mark]\n"
                + "2. Fostemsavir blocks gp120, so the virus cannot attach. (2 marks)\n"
                + "3. It was approved by the FDA in 2020. [1 mark, bonus]\n");
        assertTrue(read.contains("ibalizumab binds CD4"), read.toString());
        assertTrue(read.contains("fostemsavir blocks gp120"), read.toString());
        assertTrue(read.contains("fostemsavir approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_an_adhesion_molecules_symbol_with_one_lower_case_letter_is_one_protein() {
        List<String> typed = Readings.typedNames("In the bowel, the α4β7 integrin binds MAdCAM-1 on endothelial cells.");
        assertTrue(typed.contains("PROTEIN MAdCAM-1"), typed.toString());
    }

    @Test
    void test_a_protein_on_cells_before_its_verb_is_the_subject_not_the_cells() {
        List<String> read = read("In the gut, the α4β7 integrin on gut-homing T cells binds MAdCAM-1 on endothelial cells.");
        assertTrue(read.contains("α4β7 integrin binds MAdCAM-1"), read.toString());
        assertTrue(read.contains("α4β7 integrin expressedOn gut-homing T cell"), read.toString());
    }

    @Test
    void test_an_applicant_holds_the_award_at_the_host_organisation_and_writes_the_statement() {
        List<String> read = read("Fellowship application: personal statement\n"
                + "Applicant: Dr. Orla Vantongeren-Assefa\n"
                + "Host organisation: University of Glasgow\n\n"
                + "During my PhD at King's College London with Professor Tobias Quaynor-Halvard, I showed that "
                + "keratinocytes release CXCL10, which binds CXCR3 on T cells.\n");
        assertTrue(read.contains("Orla Vantongeren-Assefa affiliatedWith University of Glasgow"), read.toString());
        assertTrue(read.contains("study ledBy Tobias Quaynor-Halvard"), read.toString());
        assertTrue(read.contains("study ledBy Orla Vantongeren-Assefa"), read.toString());
        assertTrue(read.contains("Tobias Quaynor-Halvard affiliatedWith King's College London"), read.toString());
        assertTrue(read.contains("study conductedBy King's College London"), read.toString());
        assertTrue(read.contains("keratinocyte secretes CXCL10"), read.toString());
    }

    @Test
    void test_a_trainees_finding_in_a_named_laboratory_is_led_by_its_head_whatever_opens_the_sentence() {
        List<String> read = read("During my postdoc in the laboratory of Dr. Imre Salazar-Okafor at the University of Bristol,"
                + " I found that fibroblasts secrete CCL2.\n");
        assertTrue(read.contains("study ledBy Imre Salazar-Okafor"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bristol"), read.toString());
    }

    @Test
    void test_a_mentor_who_leads_the_centres_group_does_not_lead_the_study() {
        List<String> read = read("I will do the work at the Roslin Institute, University of Edinburgh, mentored by "
                + "Professor Ines Mwangi-Castellano, who leads its macrophage biology group.\n");
        assertFalse(read.contains("study ledBy Ines Mwangi-Castellano"), read.toString());
    }
}
