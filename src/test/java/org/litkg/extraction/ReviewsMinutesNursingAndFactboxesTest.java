package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-fourteenth held-out set (a television review, a drugs committee's minutes, a nursing practice
 * update, a wire factbox) showed wrong or missing on its first run. Every sentence is written for the test.
 */
class ReviewsMinutesNursingAndFactboxesTest {

    private static final String FACTBOX = "FACTBOX-The drugs that target the CXCR4 receptor\n\nA new study has renewed "
            + "interest in CXCR4, a receptor that blood stem cells use to find their way around the body.\n\n"
            + "PLERIXAFOR (MOZOBIL)\n* The FDA approved it in 2008.\n* It is given together with filgrastim to move "
            + "stem cells out of the marrow so they can be collected for transplants.\n\n"
            + "MOTIXAFORTIDE (APHEXDA)\n* A peptide that blocks CXCR4 more strongly and for longer than plerixafor.\n"
            + "* Approved by the FDA in 2023 for stem cell collection in multiple myeloma, in combination with "
            + "filgrastim.\n\n"
            + "MAVORIXAFOR (XOLREMDI)\n* A pill made by X4 Pharmaceuticals that blocks CXCR4.\n\n"
            + "BALIXAFORTIDE\n* Tested with eribulin in women with advanced breast cancer.\n";

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_factbox_items_pronoun_is_the_drug_its_heading_names_not_the_agency_before() {
        List<String> read = read(FACTBOX);
        assertTrue(read.contains("plerixafor approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("plerixafor combinedWith filgrastim"), read.toString());
    }

    @Test
    void test_the_doer_of_a_purpose_clause_is_the_drug_given_not_its_partner() {
        List<String> read = read(FACTBOX);
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
        assertFalse(read.contains("filgrastim mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_factbox_items_participle_clause_is_about_its_headings_drug() {
        List<String> read = read(FACTBOX);
        assertTrue(read.contains("motixafortide approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("motixafortide combinedWith filgrastim"), read.toString());
        assertFalse(read.contains("filgrastim approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("balixafortide combinedWith eribulin"), read.toString());
    }

    @Test
    void test_a_factbox_items_description_opening_with_a_pill_is_its_headings_drug() {
        List<String> read = read(FACTBOX);
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_name_with_the_tubulin_binders_stem_is_a_drug_but_tubulin_and_immunoglobulin_are_not() {
        assertTrue(Readings.entities("Women received a new pill with eribulin in the trial.").stream()
                .anyMatch(e -> e.preferredName().equals("eribulin") && e.type() == EntityType.DRUG));
        assertFalse(Readings.entities("Patients with low immunoglobulin levels were studied.").stream()
                .anyMatch(e -> e.type() == EntityType.DRUG));
    }

    @Test
    void test_artificial_tears_given_with_a_drug_are_no_drug() {
        List<String> read = read("Many patients take hydroxychloroquine, which many are given together with artificial "
                + "tears and saliva sprays.");
        assertFalse(read.stream().anyMatch(x -> x.contains("artificial")), read.toString());
    }

    @Test
    void test_cells_placed_in_a_tissue_before_their_verb_are_its_subject() {
        List<String> read = read("In Sjogren disease, T cells in the salivary glands carry a protein called CD40 ligand.");
        assertTrue(read.contains("CD40 ligand expressedOn T cell"), read.toString());
    }

    @Test
    void test_cells_kept_trapped_in_the_marrow_where_a_chemokine_holds_them_are_sequestered_by_both() {
        List<String> read = read("In this condition a faulty CXCR4 receptor keeps white blood cells trapped in the bone "
                + "marrow, where CXCL12 holds them.");
        assertTrue(read.contains("bone marrow sequesters leukocyte"), read.toString());
        assertTrue(read.contains("CXCL12 sequesters leukocyte"), read.toString());
    }

    @Test
    void test_a_byline_with_a_post_and_a_specialty_in_lower_case_places_the_writer() {
        List<String> read = read("Practice update\n\nBy Bethany Ozturk-Whitfield, advanced nurse practitioner, urology "
                + "oncology, Pennine Cancer Centre\n\nMore men with prostate cancer are offered trials of xaluritamig.");
        assertTrue(read.contains("Bethany Ozturk-Whitfield affiliatedWith Pennine Cancer Centre"), read.toString());
    }
}
