package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fifty-ninth and sixtieth held-out sets showed litkg missing or misreading: a patent's numbered
 * paragraphs and a social post's pictographs, a case report's citation line, a drug that lowers the production of a
 * protein, one that activates an enzyme directly, a study hosted at two hospitals, a second leader added "together
 * with" or thanked as "our co-lead", a drug given "on top of" another, "an agonist of the X receptor," in an apposition,
 * and a transporter or an integrin placed on cells. Every sentence is written for the test.
 */
class PatentsCitationsAndLoweredProductionTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_patents_numbered_paragraphs_are_read_and_a_numbered_reference_is_not() {
        List<String> read = read("BACKGROUND\n\n[0002] Nusivirsen and tofivirsen have been approved by the European Medicines "
                + "Agency.\n\n[3] Okafor D, et al. Velotamab blocks CXCR4 in mice. Blood. 2024;12:1-9.");
        assertTrue(read.contains("nusivirsen approvedBy European Medicines Agency"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("velotamab")), read.toString());
    }

    @Test
    void test_a_posts_pictograph_bullets_and_endings_leave_its_lines_read() {
        List<String> read = read("Big week! 🎉\n\n👉 Velandomilast preferentially inhibits PDE4B in lung fibroblasts.\n\n"
                + "Velandomilast is not approved yet by the FDA, so please don't ask me for samples 😅");
        assertTrue(read.contains("velandomilast blocks PDE4B"), read.toString());
        assertTrue(read.contains("velandomilast approvedBy U.S. Food and Drug Administration NEG"), read.toString());
    }

    @Test
    void test_a_citation_line_gives_the_journal_of_the_study_it_cites() {
        List<String> read = read("Case report\n\nJournal of Rare Skin Case Reports 2026; 20: 588\n\nWe describe a man who "
                + "could stay outdoors for less than ten minutes.");
        assertTrue(read.contains("study publishedIn Journal of Rare Skin Case Reports"), read.toString());
    }

    @Test
    void test_a_drug_that_lowers_a_proteins_production_blocks_it_but_a_lowered_risk_blocks_nothing() {
        List<String> read = read("Donivalorsen is an antisense oligonucleotide that reduces the production of "
                + "prekallikrein in the liver. Velofersen lowers the levels of SOD1 in neurons. Aspirin reduces the risk "
                + "of stroke.");
        assertTrue(read.contains("donivalorsen blocks plasma kallikrein"), read.toString());
        assertTrue(read.contains("velofersen blocks SOD1"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("aspirin")), read.toString());
    }

    @Test
    void test_a_drug_that_stimulates_an_enzyme_directly_binds_it_and_one_that_merely_activates_it_does_not() {
        List<String> read = read("Veliciguat and rinociguat stimulate soluble guanylate cyclase (sGC) directly. Metformin "
                + "activates AMPK in liver cells.");
        assertTrue(read.contains("veliciguat binds sGC"), read.toString());
        assertTrue(read.contains("rinociguat binds sGC"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("metformin binds")), read.toString());
    }

    @Test
    void test_a_study_conducted_at_two_hospitals_is_conducted_by_both_but_one_presented_at_a_congress_is_not() {
        List<String> read = read("This study was conducted at Seoul Riverside Hospital and Asan Valley Medical Center "
                + "with 84 patients. The trial was presented at the European Association for the Study of the Liver.");
        assertTrue(read.contains("study conductedBy Seoul Riverside Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy Asan Valley Medical Center"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("conductedBy European Association")), read.toString());
    }

    @Test
    void test_a_leader_added_together_with_the_first_or_thanked_as_co_lead_leads_the_study() {
        List<String> read = read("It was led by Dr. Ingrid Haugvik of Haukeland University Hospital, together with "
                + "Dr. Marcus Oyelade of the Icahn School of Medicine at Mount Sinai. Huge thanks to our co-lead "
                + "Prof. Toby Mahren at the University of Southern California and to every patient.");
        assertTrue(read.contains("study ledBy Ingrid Haugvik"), read.toString());
        assertTrue(read.contains("study ledBy Marcus Oyelade"), read.toString());
        assertTrue(read.contains("study conductedBy Icahn School of Medicine at Mount Sinai"), read.toString());
        assertTrue(read.contains("study ledBy Toby Mahren"), read.toString());
    }

    @Test
    void test_a_drug_given_on_top_of_another_is_combined_with_it() {
        List<String> read = read("Patients received ovatelgrast or placebo on top of ursodeoxycholic acid (UDCA), which "
                + "most of them were already taking.");
        assertTrue(read.contains("ovatelgrast combinedWith ursodeoxycholic acid"), read.toString());
    }

    @Test
    void test_it_after_a_drug_taken_together_is_the_drug_added_to_it() {
        List<String> read = read("Patients received ovatelgrast or placebo on top of ursodeoxycholic acid (UDCA) which "
                + "most of patients were already taking.\n\n\"It is meaningful that ovatelgrast showed anti-fibrotic effect "
                + "in the patients taking UDCA together,\" said Professor Kim. \"We expect that it may also be combined "
                + "with obeticholic acid in future.\"");
        assertTrue(read.contains("ovatelgrast combinedWith obeticholic acid HEDGE"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("acid combinedWith obeticholic")), read.toString());
    }

    @Test
    void test_an_agonist_of_a_receptor_in_an_apposition_binds_it() {
        List<String> read = read("Dervimelagon, an oral agonist of the melanocortin 1 receptor, is another option under "
                + "study.");
        assertTrue(read.contains("dervimelagon binds melanocortin 1 receptor"), read.toString());
    }

    @Test
    void test_a_numbered_transporter_or_an_integrin_on_cells_is_expressed_there() {
        List<String> read = read("Bivopertin blocks glycine transporter 1 (GlyT1) on developing red blood cells. "
                + "Ovatelgrast binds integrin αvβ6 on cholangiocytes.");
        assertTrue(read.contains("GlyT1 expressedOn red blood cell"), read.toString());
        assertTrue(read.contains("integrin αvβ6 expressedOn cholangiocyte"), read.toString());
    }
}
