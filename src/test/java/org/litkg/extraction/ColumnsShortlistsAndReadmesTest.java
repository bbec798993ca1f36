package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that a history column, a prize shortlist, a code repository's README and an advent calendar need: who
 * reported a study in a journal led it, a nominee's "whose team showed" past her apposed institution, a citation with
 * a quoted title names its journal, and a protein given with a drug is taken as one. Every text is written for the
 * test.
 */
class ColumnsShortlistsAndReadmesTest {

    @Test
    void test_a_person_who_showed_a_finding_in_a_journal_led_the_study_at_her_workplace() {
        List<String> read = read("On this day\n\n2021: Dr. Imani Castellanos-Roe of the University of Utah showed in "
                + "the Journal of Clinical Investigation that plerixafor blocks CXCR4 on cancer cells.");
        assertTrue(read.contains("study publishedIn Journal of Clinical Investigation"), read.toString());
        assertTrue(read.contains("study ledBy Imani Castellanos-Roe"), read.toString());
        assertTrue(read.contains("study conductedBy University of Utah"), read.toString());
    }

    @Test
    void test_a_nominee_with_her_institution_apposed_leads_what_her_team_showed() {
        List<String> read = read("Shortlist\n\nDr. Imani Castellanos-Roe, Karolinska Institutet, whose team showed "
                + "that mogamulizumab, an antibody that binds CCR4, removes regulatory T cells from tumours.");
        assertTrue(read.contains("study ledBy Imani Castellanos-Roe"), read.toString());
        assertTrue(read.contains("study conductedBy Karolinska Institutet"), read.toString());
    }

    @Test
    void test_a_citation_with_a_quoted_title_names_its_journal_and_first_author() {
        List<String> read = read("# liver-atlas\n\nCode for Castellanos-Roe et al., \"CCL2 from stellate cells "
                + "recruits monocytes\", Journal of Hepatology (2026).");
        assertTrue(read.contains("study publishedIn Journal of Hepatology"), read.toString());
        assertTrue(read.contains("study ledBy Castellanos-Roe"), read.toString());
        // a reading list's entry reports nothing
        List<String> reading = read("Case notes\n\nPlerixafor blocks CXCR4 on the cancer cells.\n\nReading: "
                + "Castellanos-Roe et al., \"Stromal CXCL12 and T cells\", Cancer Immunology Research 2025.");
        assertFalse(reading.stream().anyMatch(x -> x.contains("publishedIn")), reading.toString());
    }

    @Test
    void test_a_protein_given_together_with_a_drug_is_a_drug_combined_with_it() {
        String text = "Day 12\n\nPlerixafor blocks CXCR4 on blood stem cells. It was approved by the FDA in 2008 and "
                + "is usually given together with G-CSF.";
        assertTrue(read(text).contains("plerixafor combinedWith G-CSF"), read(text).toString());
        assertTrue(typedNames(text).contains("DRUG G-CSF"), typedNames(text).toString());
        String made = "Notes\n\nStromal cells make G-CSF together with CXCL12 in the bone marrow.";
        assertFalse(typedNames(made).contains("DRUG G-CSF"), typedNames(made).toString());
        // a protein naming the class given with the drug stays a protein: "TNF blockers"
        String blockers = "Week 4\n\nAbatacept binds CD80. It should not be given together with TNF blockers such as "
                + "adalimumab.";
        assertFalse(typedNames(blockers).contains("DRUG TNF"), typedNames(blockers).toString());
    }
}
