package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.readPlain;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A medal's citation, a video's subtitles, a supplementary table, a methods paragraph, a family-tree profile, a clinic's
 * algorithm and a project's timeline report findings. Every text is written for the test.
 */
class CitationsRebuttalsAndSubtitlesTest {

    @Test
    void test_a_finding_shown_last_year_in_a_journal_appeared_in_it() {
        List<String> read = read("In our lab at the University of Bergen, we showed last year in the Journal of "
                + "Immunology that the chemokine CCL19 binds CCR7.");
        assertTrue(read.contains("study publishedIn Journal of Immunology"), read.toString());
        assertTrue(read.contains("CCL19 binds CCR7"), read.toString());
    }

    @Test
    void test_a_place_taught_in_last_year_is_no_journal() {
        List<String> read = read("We taught last year in Trondheim that the chemokine CCL19 binds CCR7.");
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study publishedIn")), read.toString());
    }

    @Test
    void test_a_pasted_table_of_inhibitors_blocks_each_target() {
        String table = "Supplementary Table 2. Inhibitors used in this study.\n"
                + "Compound\tTarget\tSupplier\tConcentration\nplerixafor (AMD3100)\tCXCR4\tSigma-Aldrich\t10 uM\n"
                + "maraviroc\tCCR5\tTocris\t1 uM\nSB225002\tCXCR2\tTocris\t100 nM\n";
        List<String> read = readPlain(table);
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("SB225002 blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_barred_table_whose_heading_names_antagonists_blocks_each_target() {
        String table = "Antagonist | Target | IC50\nmaraviroc | CCR5 | 2 nM\nSB225002 | CXCR2 | 22 nM\n";
        List<String> read = readPlain(table);
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("SB225002 blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_table_of_compounds_and_targets_that_names_no_blocking_class_blocks_nothing() {
        String table = "Table 1. Compounds tested.\nCompound\tTarget\tSupplier\nmaraviroc\tCCR5\tTocris\n"
                + "SB225002\tCXCR2\tTocris\n";
        List<String> read = readPlain(table);
        assertFalse(read.stream().anyMatch(l -> l.contains(" blocks ")), read.toString());
    }

    @Test
    void test_how_an_experimental_tumour_was_grown_is_no_part_of_the_cancer_name() {
        List<String> typed = typedNames("Mice bearing orthotopic pancreatic tumours were given the CCR2 antagonist "
                + "PF-04136309.");
        assertTrue(typed.contains("CANCER pancreatic tumor"), typed.toString());
    }

    @Test
    void test_a_dose_and_how_often_it_is_given_stand_between_a_drug_and_its_bracketed_class() {
        List<String> read = read("Patients took mavorixafor 400 mg once daily (an oral CXCR4 antagonist).");
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_finding_shown_with_colleagues_at_a_place_is_the_named_researchers_study_there() {
        List<String> read = read("Professor Maria Oyelaran showed, with colleagues at the University of Ibadan, that "
                + "maraviroc blocks CCR5 in the gut lining (The Lancet HIV, 2019).");
        assertTrue(read.contains("study ledBy Maria Oyelaran"), read.toString());
        assertTrue(read.contains("Maria Oyelaran affiliatedWith University of Ibadan"), read.toString());
    }

    @Test
    void test_a_profiles_known_for_field_is_the_study_of_the_person_its_name_field_names() {
        String profile = "Name: Adaeze Oyelaran\nInstitution: University of Ibadan\nKnown for: showing, with colleagues "
                + "at the University of Ibadan, that the CCR5 antagonist maraviroc lowers HIV in the gut (The Lancet HIV, "
                + "2019).\n";
        List<String> read = read(profile);
        assertTrue(read.contains("study ledBy Adaeze Oyelaran"), read.toString());
        List<String> unnamed = read(profile.replace("Name: Adaeze Oyelaran\n", ""));
        assertFalse(unnamed.stream().anyMatch(l -> l.startsWith("study ledBy")), unnamed.toString());
    }

    @Test
    void test_a_plans_month_ranges_open_work_package_lines_that_are_read() {
        List<String> read = read("Project timeline\n\nM1-M6    WP1  Recruit 40 adults with psoriasis (lead: Dr Femke "
                + "Doorn, Leiden University Medical Center)\nM4-M12   WP2  Measure CCL20 in skin biopsies\n");
        assertTrue(read.contains("Femke Doorn affiliatedWith Leiden University Medical Center"), read.toString());
    }
}
