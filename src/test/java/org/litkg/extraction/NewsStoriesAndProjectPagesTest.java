package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the eighty-third and eighty-fourth held-out sets showed litkg missing or misreading: a drug denied in
 * "Neither X nor Y", a columnist's post read as a study's place, an interleukin analogue's name, a trial of one drug
 * with another, "the signal" standing for a chemokine, a fronted "Combined with X, however, it", a head before a
 * bracketed abbreviation and a relative clause, the approval of "X with Y", a study run by a group "together with"
 * an institute, an institute's city amid a list, a chief investigator, two journals in one sentence and cells a
 * participle describes. Every sentence is written for the test.
 */
class NewsStoriesAndProjectPagesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_neither_drug_of_neither_nor_is_approved() {
        List<Statement> read = Readings.statements("Neither velorimab nor sorvalimab has been approved by the FDA.");
        assertTrue(read.stream().anyMatch(s -> Readings.show(s).startsWith("sorvalimab approvedBy")), read.toString());
        assertTrue(read.stream().filter(s -> s.relation() == RelationType.APPROVED_BY)
                .allMatch(s -> s.evidence().negated()), "the drug after \"nor\" is denied too: " + read);
    }

    @Test
    void test_a_columnists_post_places_the_columnist_and_runs_no_study() {
        List<String> read = read("Dr. Ilse Brandvold is a medical oncologist at Halvorsen University Hospital. "
                + "Send questions to her by e-mail.");
        assertTrue(read.contains("Ilse Brandvold affiliatedWith Halvorsen University Hospital"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study conductedBy")), read.toString());
    }

    @Test
    void test_an_interleukin_analogue_is_a_drug_and_a_trial_of_it_with_another_combines_them() {
        List<String> read = read("Nemoraldesleukin binds CD122 on natural killer cells. The company is reviewing a "
                + "separate trial of nemoraldesleukin with pembrolizumab in head and neck cancer.");
        assertTrue(read.contains("nemoraldesleukin binds CD122"), read.toString());
        assertTrue(read.contains("nemoraldesleukin combinedWith pembrolizumab"), read.toString());
    }

    @Test
    void test_the_signal_stands_for_the_chemokine_and_a_fronted_clause_reaches_past_however() {
        List<String> read = read("Gastric cancer cells pour out CCL28. The signal binds CCR10 on regulatory T cells. "
                + "Velorimab did not shrink the tumours alone. Combined with sorvalimab, however, it slowed their growth.");
        assertTrue(read.contains("CCL28 binds CCR10"), read.toString());
        assertTrue(read.contains("velorimab combinedWith sorvalimab"), read.toString());
    }

    @Test
    void test_the_head_before_a_bracketed_abbreviation_and_a_relative_clause_carries_the_receptor() {
        List<String> read = read("T cells in non-small cell lung cancer (NSCLC) that progresses on therapy often carry "
                + "TIGIT.");
        assertTrue(read.contains("TIGIT expressedOn T cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("TIGIT expressedOn non-small")), read.toString());
    }

    @Test
    void test_an_approval_of_one_drug_with_another_approves_both() {
        List<String> read = read("Velorimab with sorvalimab was approved by the FDA for melanoma in 2025.");
        assertTrue(read.contains("velorimab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("sorvalimab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_study_run_with_partners_names_each_institution_past_a_city() {
        List<String> read = read("We study velorimab in myeloma. The work is run by our group together with the Halvorsen "
                + "Cancer Institute.");
        assertTrue(read.contains("study conductedBy Halvorsen Cancer Institute"), read.toString());
        List<String> trial = read("The VELO-1 trial is run by the Halvorsen Cancer Institute in Mexico City and the University "
                + "of Tromsø.");
        assertTrue(trial.contains("study conductedBy University of Tromsø"), trial.toString());
    }

    @Test
    void test_a_chief_investigator_leads_and_each_journal_of_a_sentence_publishes_a_study() {
        List<String> read = read("Dr. Ilse Brandvold of Halvorsen University is the chief investigator, and Professor "
                + "Tom Quist of Lund University is the co-chief investigator. The first results were published in the "
                + "Journal of Clinical Oncology in 2024, and the biomarker analysis appeared in Gynecologic Oncology in 2025.");
        assertTrue(read.contains("study ledBy Ilse Brandvold"), read.toString());
        assertTrue(read.contains("study ledBy Tom Quist"), read.toString());
        assertTrue(read.contains("study publishedIn Journal of Clinical Oncology"), read.toString());
        assertTrue(read.contains("study publishedIn Gynecologic Oncology"), read.toString());
    }

    @Test
    void test_cells_a_participle_describes_are_a_conjunct() {
        List<String> read = read("Velorimab blocks CTLA-4, a receptor on regulatory T cells and activated T cells.");
        assertTrue(read.contains("CTLA-4 expressedOn regulatory T cell"), read.toString());
        assertTrue(read.contains("CTLA-4 expressedOn T cell"), read.toString());
    }
}
