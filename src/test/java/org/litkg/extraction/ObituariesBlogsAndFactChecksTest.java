package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-sixth held-out set (a fact check, an obituary, a patient's blog post, a regional business
 * story) showed missing or wrong on its first run. Every sentence is written for the test.
 */
class ObituariesBlogsAndFactChecksTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    private static boolean hasEntity(String text, String name, EntityType type) {
        return Readings.entities(text).stream().anyMatch(e -> e.preferredName().equals(name) && e.type() == type);
    }

    @Test
    void test_cells_lining_a_tissue_are_the_subject_not_the_tissue() {
        List<String> read = read("The team showed that the stromal cells lining the marrow's cavities make CXCL12.");
        assertTrue(read.contains("stromal cell secretes CXCL12"), read.toString());
        assertFalse(read.contains("marrow secretes CXCL12"), read.toString());
    }

    @Test
    void test_a_drug_that_flushes_cells_out_of_the_marrow_mobilises_them() {
        List<String> read = read("Doctors studied plerixafor, a drug first developed against HIV that turned out to flush "
                + "stem cells out of the marrow by blocking CXCR4.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_relative_named_after_a_family_word_is_a_person() {
        assertTrue(hasEntity("Her daughter, Katrine Solberg, said the cause was heart failure.", "Katrine Solberg",
                EntityType.PERSON));
    }

    @Test
    void test_both_proteins_called_brakes_on_cells_are_each_on_them() {
        List<String> read = read("The trial tested botensilimab, which grabs CTLA-4, and balstilimab, which blocks PD-1. "
                + "Both proteins are brakes on T cells.");
        assertTrue(read.contains("CTLA-4 expressedOn T cell"), read.toString());
        assertTrue(read.contains("PD-1 expressedOn T cell"), read.toString());
        assertFalse(read("Regular exercise is a brake on cancer cells in mice.").stream()
                .anyMatch(x -> x.contains("expressedOn")));
    }

    @Test
    void test_an_anti_target_drug_apposed_to_a_name_binds_the_target() {
        List<String> read = read("Ipilimumab blocks CTLA-4 on T cells. The new antibody works differently from ipilimumab, "
                + "an older anti-CTLA-4 drug, in the clinic.");
        assertTrue(read.stream().filter(x -> x.equals("ipilimumab binds CTLA-4")).count() == 1, read.toString());
    }

    @Test
    void test_a_pair_of_drugs_taken_together_is_a_combination() {
        List<String> read = read("The trial tested botensilimab, which grabs CTLA-4, and balstilimab, which blocks PD-1. "
                + "I get the two drugs together every three weeks.");
        assertTrue(read.contains("botensilimab combinedWith balstilimab"), read.toString());
    }

    @Test
    void test_a_blog_post_author_and_a_chief_executive_closing_a_sentence_are_people() {
        String blog = "Posted by Rosa Delacroix-Mbatha, November 21, 2026\n\nI joined a trial of botensilimab in September.";
        assertTrue(hasEntity(blog, "Rosa Delacroix-Mbatha", EntityType.PERSON));
        String quote = "\"We saw fewer macrophages in the tumours,\" said Pinebrook's chief executive, Marcus Delgado-Frye.";
        assertTrue(hasEntity(quote, "Marcus Delgado-Frye", EntityType.PERSON));
        assertTrue(read(quote).contains("Marcus Delgado-Frye affiliatedWith Pinebrook"), read(quote).toString());
    }

    @Test
    void test_the_name_after_a_relative_clause_on_an_unnamed_drug_is_its_subject() {
        List<String> read = read("The HIV drug that does block CCR5, maraviroc, was cleared by the FDA in 2007.");
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("maraviroc approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_an_investor_leading_a_round_is_an_organisation_and_leads_no_study() {
        String text = "Pinebrook raised $40 million. The funding round was led by Evergreen Health Ventures.";
        assertTrue(hasEntity(text, "Evergreen Health Ventures", EntityType.ORGANIZATION));
        assertFalse(read(text).stream().anyMatch(x -> x.contains("ledBy")), read(text).toString());
    }

    @Test
    void test_a_class_noun_with_its_maker_still_names_the_drug_after_the_comma() {
        List<String> read = read("An earlier CCR2 blocker from a larger company, PF-04136309, was dropped after a trial.");
        assertTrue(read.contains("PF-04136309 blocks CCR2"), read.toString());
    }

    @Test
    void test_a_study_run_at_two_named_hospitals_is_conducted_by_each() {
        List<String> read = read("The study was run at two hospitals, Inland Northwest Medical Center and Cascade Regional "
                + "Cancer Center, and was published in Clinical Cancer Research.");
        assertTrue(read.contains("study conductedBy Inland Northwest Medical Center"), read.toString());
        assertTrue(read.contains("study conductedBy Cascade Regional Cancer Center"), read.toString());
    }

    @Test
    void test_an_object_relative_with_a_modified_second_subject_names_both_makers() {
        List<String> read = read("Pancreatic tumours are rich in CCL2, which the cancer cells and the surrounding stroma "
                + "release in large amounts.");
        assertTrue(read.contains("stroma secretes CCL2"), read.toString());
        assertTrue(read.contains("pancreatic tumor secretes CCL2"), read.toString());
    }

    @Test
    void test_a_capitalised_city_before_a_spaced_hyphen_is_a_dateline_not_part_of_the_name() {
        String text = "SPOKANE - Pinebrook Therapeutics, a biotech company, said Monday it had raised $40 million.";
        assertTrue(hasEntity(text, "Pinebrook Therapeutics", EntityType.ORGANIZATION));
        assertFalse(hasEntity(text, "SPOKANE - Pinebrook Therapeutics", EntityType.ORGANIZATION));
    }
}
