package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.ledStudy;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.statements;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifty-eighth held-out set (a retirement toast, an intensive care nursing handover, an
 * electronic lab notebook entry, a professional network's post) showed missing on its first run. Every sentence is
 * written for the test.
 */
class ToastsHandoversNotebooksAndProfilesTest {

    @Test
    void test_a_toasts_heading_lines_name_the_honoured_person_and_place_the_speaker() {
        String text = "Farewell party for Professor Ruth Ambrose-Kanu\n"
                + "Transcript of the toast by Dr. Felix Oyelowo-Brandt, Director, Hallam Institute of Immunology\n\n"
                + "Ruth joined us in 2001. Her group showed that mast cells release CCL11.\n";
        List<String> names = typedNames(text);
        assertTrue(names.contains("PERSON Ruth Ambrose-Kanu"), names.toString());
        List<String> read = read(text);
        assertTrue(read.contains("Felix Oyelowo-Brandt affiliatedWith Hallam Institute of Immunology"),
                read.toString());
    }

    @Test
    void test_a_trial_at_a_hospital_led_by_a_former_student_is_a_study_apart_from_the_published_one() {
        String text = "Her group at the Wexley Cancer Institute, led by Professor Anneke Brodsky-Mutua, showed that "
                + "tumour cells release CCL2. That paper came out in Cancer Cell in 2012. The drug is now being tested "
                + "in a trial at the Royal Marsden, led by her former student Dr. Kofi Lindgren-Abbas.";
        List<Statement> statements = statements(text);
        Node first = ledStudy(statements, "Anneke Brodsky-Mutua");
        Node second = ledStudy(statements, "Kofi Lindgren-Abbas");
        assertNotSame(((Node.StudyNode) first).study(), ((Node.StudyNode) second).study(), statements.toString());
    }

    @Test
    void test_a_drug_said_to_be_fda_approved_after_its_copula_is_approved_and_one_not_so_is_denied() {
        List<String> read = read("Cenicriviroc blocks CCR2. Vicriviroc blocks CCR5. Cenicriviroc is already "
                + "FDA-approved, so it could move quickly. Vicriviroc is not FDA-approved.");
        assertTrue(read.contains("cenicriviroc approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("vicriviroc approvedBy U.S. Food and Drug Administration NEG"), read.toString());
        assertFalse(read.contains("vicriviroc approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_records_dated_number_is_no_drug_and_a_biosafety_level_is_no_protein() {
        List<String> names = typedNames("RNA-seq in HEV-2025-044 showed that infected hepatocytes secrete CXCL10. "
                + "The medium was irradiated before removal from BSL-3.");
        assertFalse(names.stream().anyMatch(n -> n.contains("HEV-2025")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("BSL-3")), names.toString());
        assertTrue(names.contains("CELL_TYPE hepatocyte"), names.toString());
    }

    @Test
    void test_an_endothelium_or_an_epithelium_is_the_tissue_that_secretes_not_its_organ() {
        List<String> read = read("Her inflamed airway epithelium is pumping out CCL20, which binds CCR6 on Th17 "
                + "cells.");
        assertTrue(read.contains("airway epithelium secretes CCL20"), read.toString());
        assertFalse(read.contains("airway secretes CCL20"), read.toString());
    }

    @Test
    void test_a_posts_header_names_its_writer_whose_team_ran_the_study_at_her_employer() {
        String text = "Dr. Signe Halvorsen-Adjei\nRheumatologist | Assistant Professor at Brightwater Health\n"
                + "3d • Edited\n\nExcited that our paper is out today in Arthritis & Rheumatology! In this study, "
                + "which my team ran at Brightwater Health, we found that synovial fibroblasts pour out CXCL12.\n";
        List<String> read = read(text);
        assertTrue(read.contains("Signe Halvorsen-Adjei affiliatedWith Brightwater Health"), read.toString());
        assertTrue(read.contains("study ledBy Signe Halvorsen-Adjei"), read.toString());
        assertTrue(read.contains("study conductedBy Brightwater Health"), read.toString());
    }

    @Test
    void test_a_chemokine_that_keeps_cells_in_granulomas_sequesters_them() {
        List<String> read = read("Alveolar macrophages pour out CXCL10, which binds CXCR3 on T cells and keeps them in "
                + "the granulomas.");
        assertTrue(read.contains("CXCL10 sequesters T cell"), read.toString());
    }

    @Test
    void test_a_notebooks_signer_with_an_initial_is_a_person_not_placed_by_the_location_field() {
        String text = "Electronic Lab Notebook\nNotebook: Hendra virus entry\n"
                + "Entry: HEV-2026-042    Date: 3 Mar 2026    Author: R. Tallis-Ofori\n"
                + "Location: Ashgrove Institute of Virology, University of Eastmere (BSL-4 suite 2)\n\n"
                + "The antibody binds the Hendra G glycoprotein. The patient got noradrenaline.\n\n"
                + "Signed: R. Tallis-Ofori, 3 Mar 2026 10:12\n";
        List<String> names = typedNames(text);
        assertTrue(names.contains("PERSON R. Tallis-Ofori"), names.toString());
        assertTrue(names.contains("PROTEIN G glycoprotein"), names.toString());
        assertTrue(names.contains("DRUG norepinephrine"), names.toString());
        List<String> read = read(text);
        assertFalse(read.contains("R. Tallis-Ofori affiliatedWith Ashgrove Institute of Virology"), read.toString());
    }
}
