package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * Readings the ninety-fifth and ninety-sixth held-out sets showed litkg missing or misreading: a study report's
 * coordinating investigator and its Vancouver citation, a protein overexpressed in cancers, drugs of a kind in a
 * relative clause, a principal investigator "of" a named trial, a filing's defined "we", a trial named "X-Word 04" and
 * a company's short name, a post's "New in J:" lede, a receptor's chains and a planned trial. Every name is invented.
 */
class SynopsesLettersAndFilingsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_synopsis_coordinating_investigator_leads_the_study_and_its_vancouver_citation_names_the_journal() {
        List<String> found = read("CLINICAL STUDY REPORT SYNOPSIS\n\n"
                + "Coordinating Investigator:      Dr. Ilse Brandvold, Department of Hematology, Fjordton University "
                + "Hospital, Fjordton, Norway\n"
                + "Publication (reference):        Brandvold I, Quist T, et al. Blood. 2026;147(9):1012-1025\n\n"
                + "Background:\nVelorimab is an antibody that binds CD47 on lymphoma cells.\n");
        assertTrue(found.contains("study ledBy Ilse Brandvold"), found.toString());
        assertTrue(found.contains("study conductedBy Fjordton University Hospital"), found.toString());
        assertTrue(found.contains("study publishedIn Blood"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("Department of Hematology")), found.toString());
    }

    @Test
    void test_a_protein_overexpressed_in_cancers_is_placed_in_each_and_drugs_of_a_kind_block_nothing_named() {
        List<String> found = read("A report. KIF29A is overexpressed in high-grade serous ovarian cancer and in "
                + "triple-negative breast cancer. In the first part, VRX-418 did not cause the loss of neutrophils seen "
                + "with drugs that block other mitotic proteins, such as Aurora kinase C.");
        assertTrue(found.contains("KIF29A expressedOn high-grade serous ovarian cancer"), found.toString());
        assertTrue(found.contains("KIF29A expressedOn triple-negative breast cancer"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("VRX-418 blocks")), found.toString());
    }

    @Test
    void test_a_filing_that_defines_we_has_its_trials_and_its_officers() {
        String definition = "Unless the context requires otherwise, \"Orvane,\" \"the Company,\" \"we,\" \"us\" and "
                + "\"our\" refer to Orvane Biosciences, Inc. and its subsidiary. ";
        String body = "VRX-418 is being evaluated in VELORA-1, our ongoing Phase 1/2 trial in ovarian cancer. The principal "
                + "investigator of VELORA-1 is Dr. Ilse Brandvold of Fjordton Cancer Institute. In VELORA-2, which we run "
                + "at nine sites, we are testing VRX-418 together with velorimab. Dr. Tom Quist is our Chief Medical "
                + "Officer.";
        List<String> defined = read("A filing. " + definition + body);
        assertTrue(defined.contains("study ledBy Ilse Brandvold"), defined.toString());
        assertTrue(defined.contains("study conductedBy Fjordton Cancer Institute"), defined.toString());
        assertTrue(defined.stream().filter(f -> f.equals("study conductedBy Orvane Biosciences")).count() >= 2,
                defined.toString());
        assertTrue(defined.contains("Tom Quist affiliatedWith Orvane Biosciences"), defined.toString());
        List<String> undefined = read("A filing. " + body);
        assertFalse(undefined.stream().anyMatch(f -> f.contains("Orvane")), undefined.toString());
        assertFalse(undefined.stream().anyMatch(f -> f.startsWith("Tom Quist affiliatedWith")), undefined.toString());
    }

    @Test
    void test_a_trial_named_with_a_tumour_word_and_number_is_run_by_the_company_its_short_name_names() {
        String text = "A letter. Velorimab is made by Jiangsu Orvane Pharmaceuticals. A separate phase 3 trial, "
                + "HORIZON-Breast 07, compares velorimab with trastuzumab; it is run by Orvane in China.";
        List<String> found = read(text);
        assertTrue(found.contains("study conductedBy Jiangsu Orvane Pharmaceuticals"), found.toString());
        List<DocumentEntities.Entity> entities = Readings.entities(text);
        assertTrue(entities.stream().anyMatch(e -> e.preferredName().equals("HORIZON-Breast 07")
                && e.type() == EntityType.CLINICAL_TRIAL), entities.toString());
    }

    @Test
    void test_a_word_the_text_also_writes_in_lower_case_is_no_companys_short_name() {
        List<DocumentEntities.Entity> entities = Readings.entities("A note.\n\nVelorimab is made by Fjordton Harbour "
                + "Therapeutics. Nurses at the Harbour clinic give it weekly; the harbour is close by.");
        assertFalse(entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.mentions().stream().anyMatch(m -> m.text().equals("Harbour"))), entities.toString());
    }

    @Test
    void test_a_posts_new_in_journal_lede_publishes_the_study_it_reports() {
        List<String> found = read("New today in Fjordton Oncology Journal: velorimab, an antibody that binds CD47, shrank "
                + "tumours in 31% of people with lymphoma. The trial was led by Dr. Ann Lee at Fjordton University "
                + "Hospital.");
        assertTrue(found.contains("study publishedIn Fjordton Oncology Journal"), found.toString());
        assertTrue(found.contains("study ledBy Ann Lee"), found.toString());
    }

    @Test
    void test_a_receptor_named_with_its_chains_is_placed_and_a_high_affinity_chain_keeps_its_name() {
        List<String> found = read("A paper. Velkinafusp binds the IL-2/IL-15 receptor beta-gamma complex (CD122/CD132) "
                + "on natural killer cells and expands them. Velkinafusp did not activate regulatory T cells, which carry "
                + "the high-affinity IL-2 receptor alpha chain (CD25).");
        assertTrue(found.stream().anyMatch(f -> f.endsWith("expressedOn natural killer cell")
                && (f.startsWith("CD122") || f.startsWith("IL-2/IL-15 receptor"))), found.toString());
        assertTrue(found.contains("CD25 expressedOn regulatory T cell"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("affinity")), found.toString());
    }

    @Test
    void test_a_receptor_before_a_hyphened_participle_takes_no_chain() {
        List<DocumentEntities.Entity> found = Readings.entities("A title.\n\nPTPN29 is a regulator of Fcq Receptor-Mediated "
                + "neutrophil activation. The IL-9 receptor alpha chain binds IL-9.");
        assertTrue(found.stream().anyMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Fcq Receptor"))),
                found.toString());
        assertTrue(found.stream().anyMatch(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("IL-9 receptor alpha chain"))), found.toString());
    }

    @Test
    void test_a_combination_in_a_planned_trial_is_hedged() {
        List<String> found = read("A record. Velorimab was not given with any other drug in this study; a trial combining "
                + "it with pembrolizumab is planned.");
        assertTrue(found.contains("velorimab combinedWith pembrolizumab HEDGE"), found.toString());
    }
}
