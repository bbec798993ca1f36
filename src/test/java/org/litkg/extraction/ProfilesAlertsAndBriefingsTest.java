package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mentor's profile ("Mentor: Dr. X" over "Post:" and "My group showed"), a journal alert's "X et al. show that", and
 * a briefing's field opened by a participle ("Regulatory status: approved by"). Every text is written for the test.
 */
class ProfilesAlertsAndBriefingsTest {

    @Test
    void test_a_mentor_profile_names_whose_group_and_post_its_first_person_is() {
        List<String> read = read("Mentor profile\n\nMentor: Dr. Henrike Solberg-Amadi\nPost: Reader in Immunology, "
                + "University of Bristol\n\nAbout my research\nMy group showed that fibroblasts in the gut release "
                + "CXCL12 (published in Mucosal Immunology, 2022). I can help with fellowship applications.");
        assertTrue(read.contains("Henrike Solberg-Amadi affiliatedWith University of Bristol"), read.toString());
        assertTrue(read.contains("study ledBy Henrike Solberg-Amadi"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bristol"), read.toString());
    }

    @Test
    void test_each_first_author_named_with_et_al_before_a_finding_leads_their_own_study() {
        List<Statement> statements = Readings.statements("Alert\n\nIn this issue\n\nMarrow niches hold myeloma\n"
                + "Brennan-Okoro et al. show that bone marrow stromal cells release CXCL12, which binds CXCR4 on myeloma "
                + "cells.\n\nA new target in psoriasis\nLindahl-Mensah et al. report that keratinocytes release CCL20.");
        List<String> read = statements.stream().map(Readings::show).toList();
        assertTrue(read.contains("study ledBy Brennan-Okoro"), read.toString());
        assertTrue(read.contains("study ledBy Lindahl-Mensah"), read.toString());
        assertNotEquals(Readings.ledStudy(statements, "Brennan-Okoro"), Readings.ledStudy(statements, "Lindahl-Mensah"));
    }

    @Test
    void test_et_al_without_a_finding_verb_leads_nothing() {
        List<String> read = read("Reading list\n\nWeek 3\nBrennan-Okoro et al. and the 2019 review are set for "
                + "Thursday. Plerixafor blocks CXCR4.");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
    }

    @Test
    void test_a_field_opened_by_a_participle_is_about_the_drug_the_briefing_covers() {
        List<String> read = read("Horizon scanning briefing\n\nWhat it does: balixafortide blocks CXCR4 on tumour "
                + "cells. It is given with eribulin.\n\nRegulatory status: approved by the European Medicines Agency "
                + "in 2025.\n\nPrepared by: the scanning unit.");
        assertTrue(read.contains("balixafortide approvedBy European Medicines Agency"), read.toString());
        assertFalse(read.contains("eribulin approvedBy European Medicines Agency"), read.toString());
    }

    @Test
    void test_a_claim_a_reviewer_calls_unsupported_is_denied_not_asserted() {
        List<String> read = read("Reviewer 1 report\n\nSummary\nThe authors show that SB-265610 blocks CXCR2 on "
                + "neutrophils.\n\nMajor points\n1. The claim in the abstract that SB-265610 also blocks CXCR1 is not "
                + "supported by the data shown.");
        assertTrue(read.contains("SB-265610 blocks CXCR2"), read.toString());
        assertFalse(read.contains("SB-265610 blocks CXCR1"), read.toString());
    }

    @Test
    void test_the_cells_of_the_bone_marrow_are_a_cell_type_that_makes_the_chemokine() {
        List<String> read = read("Appeal\n\nHer team found that bone marrow cells release CXCL12, which binds CXCR4 "
                + "on myeloma cells. Please give today.");
        assertTrue(read.contains("bone marrow cell secretes CXCL12"), read.toString());
        assertFalse(read.contains("bone marrow secretes CXCL12"), read.toString());
    }
}
