package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.Document;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * Readings the ninety-first and ninety-second held-out sets showed litkg missing or misreading: a filing's defined
 * term and its company's own trial, a conjugate's two-word name, a target hyphenated to "-directed", "directed
 * against", a T-cell engager's route through CD3, a pronoun opening a second clause, a wish denied, a board's switch,
 * single-chain integrins and coordinated cancers' cells. Every name is written for the test.
 */
class FilingsReferralsAndEngagersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }


    @Test
    void test_a_defined_term_in_quotes_is_the_company_and_its_own_trial_is_conducted_by_it() {
        List<String> found = read("A filing. Orvane Biologics, Inc. (the \"Company\") announced results from its phase 1 "
                + "trial of OVB-3310. Risks are described in the Company's annual report.");
        assertTrue(found.contains("study conductedBy Orvane Biologics"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("publishedIn")), "the Company is no journal: " + found);
        List<String> ran = read("A summary. The drug failed in a confirmatory trial. Tarvik Pharma, which ran the trial, "
                + "said it would not file.");
        assertTrue(ran.contains("study conductedBy Tarvik Pharma"), ran.toString());
    }

    @Test
    void test_a_conjugate_named_by_a_new_antibody_stem_and_its_payload_is_one_drug_that_binds_its_target() {
        List<DocumentEntities.Entity> found = Readings.entities("A summary.\n\nDr. Lena Ostrova described morvatug vedotin.");
        assertTrue(found.stream().anyMatch(e -> e.preferredName().equals("morvatug vedotin") && e.type() == EntityType.DRUG),
                found.toString());
        List<String> directed = read("A filing. Orvane Biologics makes drugs. Results from the trial of OVB-3310, its "
                + "antibody-drug conjugate directed "
                + "against B7-H4, were published. Another B7-H4-directed conjugate, Orvane's morvatug samrotecan, is in "
                + "testing. He has not received any GPRC5D-directed drug, including tarlistamab.");
        assertTrue(directed.contains("OVB-3310 binds B7-H4"), directed.toString());
        assertTrue(directed.contains("morvatug samrotecan binds B7-H4"), directed.toString());
        assertTrue(directed.contains("tarlistamab binds GPRC5D"), directed.toString());
    }

    @Test
    void test_an_engager_that_recruits_t_cells_through_cd3_binds_cd3_and_a_cancer_in_an_apposition_recruits_nothing() {
        List<String> found = read("A letter. As you know, velmitamig binds GPRC5D, a protein found on myeloma cells but "
                + "hardly on other cells apart from those of the hair follicles, and recruits T cells through CD3.");
        assertTrue(found.contains("velmitamig binds CD3"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("sequesters")), found.toString());
        List<String> both = read("A letter. He received belcotamab, an antibody that binds BCMA on myeloma cells and CD3 "
                + "on T cells.");
        assertTrue(both.contains("belcotamab binds CD3"), both.toString());
    }

    @Test
    void test_a_pronoun_after_comma_and_is_the_first_clause_subject_not_joined_to_the_object_before_it() {
        List<String> found = read("A fact sheet. Orbatamab binds MUC16, and it binds CD3 on T cells.");
        assertTrue(found.contains("orbatamab binds CD3"), found.toString());
        assertFalse(found.contains("MUC16 binds CD3"), found.toString());
    }

    @Test
    void test_not_wanting_to_take_two_drugs_together_is_a_denied_combination_and_a_switch_combines() {
        List<String> found = read("A letter. He does not want to receive velmitamig together with daratumumab again.");
        assertTrue(found.contains("velmitamig combinedWith daratumumab NEG"), found.toString());
        List<String> switched = read("A board. Recommendation: switch to atezolizumab with carboplatin and pemetrexed. "
                + "She began orvelimab, an anti-PD-L1 antibody, with chemotherapy.");
        assertTrue(switched.contains("atezolizumab combinedWith pemetrexed"), switched.toString());
        assertTrue(switched.contains("orvelimab combinedWith chemotherapy"), switched.toString());
    }

    @Test
    void test_one_integrin_chain_and_the_cells_of_coordinated_cancers_are_read() {
        List<String> found = read("A board. Morvatug vedotin targets integrin beta-6. B7-H4 is a protein found on the "
                + "surface of most breast and ovarian cancer cells.");
        assertTrue(found.contains("morvatug vedotin binds integrin beta-6"), found.toString());
        assertTrue(found.contains("B7-H4 expressedOn breast cancer"), found.toString());
        assertTrue(found.contains("B7-H4 expressedOn ovarian cancer"), found.toString());
        List<String> relative = read("A grant. Regulatory T cells that infiltrate melanoma carry CCR8.");
        assertTrue(relative.contains("CCR8 expressedOn regulatory T cell"), relative.toString());
        assertFalse(relative.contains("CCR8 expressedOn melanoma"), relative.toString());
    }

    @Test
    void test_a_cytokine_with_a_greek_letter_after_its_hyphen_is_one_name() {
        List<String> found = read("A poster. Tumour-infiltrating T cells release IFN-γ and interferon-γ.");
        assertTrue(found.stream().anyMatch(f -> f.endsWith("secretes IFN-γ")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.endsWith("secretes interferon-γ")), found.toString());
    }

    @Test
    void test_a_by_gerund_is_done_by_its_clause_subject_not_by_the_object_before_by() {
        List<String> found = read("A grant. Diffuse large B-cell lymphoma (DLBCL) cells escape macrophages by displaying "
                + "CD47. CCL22 recruits regulatory T cells by binding CCR4.");
        assertTrue(found.contains("CD47 expressedOn diffuse large B-cell lymphoma"), found.toString());
        assertFalse(found.contains("CD47 expressedOn macrophage"), found.toString());
        assertTrue(found.contains("CCL22 binds CCR4"), found.toString());
    }

    @Test
    void test_an_in_text_citation_names_the_journal_its_work_appeared_in() {
        List<String> found = read("A grant. Earlier work (Lindqvist et al., Nature 2024) found that velorimab binds CD47.");
        assertTrue(found.contains("study publishedIn Nature"), found.toString());
    }

    @Test
    void test_a_sentence_cut_after_a_combining_link_is_read_without_failing() {
        // a wrapped line the reader did not join ends a "sentence" with "together with", and the modifier check after it
        List<String> found = read("A release. The trial will enrol up to 60 patients at four sites in Australia. A later "
                + "part of the trial may test ORV-217 together with");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void test_lines_a_record_leaves_unjoined_are_read_without_failing() {
        // a JSON record's text is not unwrapped: a line may end at a comma after a name, or open with "which"
        List<String> found = read("CLINICAL STUDY REPORT SYNOPSIS\n\nCoordinating Investigator:      Dr. Ilse "
                + "Brandvold, Department of Hematology,\n                                Fjordton University Hospital\n\n"
                + "Background:\nVelorimab is a bispecific engager. Unlike orvatamab,\nwhich binds CD47 with one arm, "
                + "velorimab carries two arms.\n");
        assertTrue(found.contains("velorimab binds CD47"), found.toString());
    }
}
