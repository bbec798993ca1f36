package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.Document;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * Readings the ninety-third and ninety-fourth held-out sets showed litkg missing or misreading: a class named before its
 * drug, a relative's relative clause, places after "is found on the surface of" and a bracketed gloss, a question the
 * text answers no, a class's target word, a journal named like a company, a title, a planned leader and an active
 * sponsor, a listed company's definitions and dateline, a lede's unnamed drug. Every name is written for the test.
 */
class NoticesAnnouncementsAndDefencesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }


    @Test
    void test_a_class_named_before_its_drug_binds_the_classes_target() {
        List<String> found = read("A release. Another CEACAM7 conjugate, morvatug vedotin, was stopped by Orvane in 2023. "
                + "An older antibody against ROR3, velcirmab, was tested with ibrutinib in leukaemia.");
        assertTrue(found.contains("morvatug vedotin binds CEACAM7"), found.toString());
        assertTrue(found.contains("velcirmab binds ROR3"), found.toString());
    }

    @Test
    void test_a_relative_clause_after_a_relative_of_x_describes_the_relative_and_a_bracketed_gloss_is_passed() {
        List<String> found = read("A summary. Velsumstat, an inhibitor of the SUMO-activating enzyme (SAE), works. "
                + "Velsumstat does not inhibit the NEDD9-activating enzyme (NAE9), a close relative of SAE that "
                + "pevorestat blocks. Velritamig binds KLK9 (human kallikrein 9), which is found almost only on prostate "
                + "cancer cells.");
        assertTrue(found.contains("pevorestat blocks NAE9"), found.toString());
        assertFalse(found.contains("pevorestat blocks SAE"), found.toString());
        assertTrue(found.contains("Velsumstat blocks NAE9 NEG") || found.contains("velsumstat blocks NAE9 NEG"),
                found.toString());
        assertTrue(found.contains("KLK9 expressedOn prostate cancer"), found.toString());
    }

    @Test
    void test_a_protein_found_on_the_surface_of_cells_and_on_a_share_of_other_cancers_is_placed_on_each() {
        List<String> found = read("A release. CEACAM7 is found on the surface of most colorectal and gastric cancer cells, "
                + "and on about a quarter of lung cancers. CVX-217 did not bind CEACAM8 or CEACAM9, two close "
                + "relatives found on healthy granulocytes.");
        for (String place : List.of("colorectal cancer", "gastric cancer", "lung cancer")) {
            assertTrue(found.contains("CEACAM7 expressedOn " + place), found.toString());
        }
        assertTrue(found.contains("CEACAM8 expressedOn granulocyte"), found.toString());
        assertTrue(found.contains("CEACAM9 expressedOn granulocyte"), found.toString());
    }

    @Test
    void test_a_question_the_text_answers_no_and_a_class_target_word_state_nothing() {
        List<String> found = read("A newsletter. Someone asked whether velvotamab could be given with glofetamab, a "
                + "bispecific. Dr. Ann Lee said velvotamab has not been combined with glofetamab in any trial. The drug "
                + "binds CDH9, a protein found on ovarian cancer cells, and releases a topoisomerase I inhibitor inside "
                + "the cell.");
        assertTrue(found.contains("velvotamab combinedWith glofetamab NEG"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("combinedWith") && !f.contains("NEG")), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("topoisomerase")), found.toString());
        assertTrue(found.contains("CDH9 expressedOn ovarian cancer"), found.toString());
    }

    @Test
    void test_a_journal_named_like_a_company_and_an_associate_professor_are_read_as_what_they_are() {
        List<DocumentEntities.Entity> found = Readings.entities("A note.\n\nThe study was published in Molecular Velorimab "
                + "Therapeutics. The panel included Associate Professor Jonas Ekstrand-Dahl of Fjordton University.");
        assertTrue(found.stream().anyMatch(e -> e.preferredName().equals("Molecular Velorimab Therapeutics")
                && e.type() == EntityType.JOURNAL), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.preferredName().equals("Jonas Ekstrand-Dahl")
                && e.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void test_a_planned_leader_an_active_sponsor_and_a_second_host_after_with_conduct_or_lead_the_study() {
        List<String> found = read("A notice about a trial of velorimab in cancer. Dr. Priya Halvorsen will lead the study "
                + "at Fjordton Hospital. Orvane Therapeutics, the sponsor, runs the trial at 30 sites. The main paper was "
                + "carried out at the University of Fjordton with Lakeshore University Hospital.");
        assertTrue(found.contains("study ledBy Priya Halvorsen"), found.toString());
        assertTrue(found.contains("study conductedBy Orvane Therapeutics"), found.toString());
        assertTrue(found.contains("study conductedBy Lakeshore University Hospital"), found.toString());
    }

    @Test
    void test_a_listed_companys_ticker_and_definitions_name_it_and_its_dateline_is_no_part_of_its_name() {
        List<String> found = read("ASX ANNOUNCEMENT. Melbourne, Australia – Orvane Biosciences Limited (ASX: ORV, "
                + "\"Orvane\" or \"the Company\") is pleased to announce that the first patient has been dosed in its "
                + "CEL-PRIME phase 1 trial of ORV-217.");
        assertTrue(found.contains("study conductedBy Orvane Biosciences Limited"), found.toString());
    }

    @Test
    void test_a_pretreatment_tumour_is_no_cancer_and_cd8_positive_t_cells_place_nothing() {
        List<String> found = read("A dataset. The deposit holds sequencing from 212 pretreatment tumour biopsies in small "
                + "cell lung cancer. PD-L1 was found on tumour cells in only 18% of samples. Tumours rich in CD8-positive "
                + "T cells gained most. Velorimab, which binds NaPi9b, failed.");
        assertTrue(found.contains("PD-L1 expressedOn small cell lung cancer"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("pretreatment") || f.startsWith("CD8")), found.toString());
        assertTrue(found.contains("velorimab binds NaPi9b"), found.toString());
    }

    @Test
    void test_a_ledes_unnamed_drug_is_the_one_a_later_sentence_names_and_else_nothing() {
        List<String> named = read("A story. A drug that blocks CXCR8 freed T cells in mice, researchers report. The "
                + "drug, called velixafor, is made by Orvane Therapeutics.");
        assertTrue(named.contains("velixafor blocks CXCR8"), named.toString());
        List<String> unnamed = read("A story. A drug that blocks CXCR8 freed T cells in mice, researchers report. The "
                + "team is pleased.");
        assertFalse(unnamed.stream().anyMatch(f -> f.contains("blocks")), unnamed.toString());
    }
}
