package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-fifth held-out set (a farming weekly, a parish newsletter, a weekend quiz, a health
 * insurer's magazine) showed missing on its first run. Every sentence is written for the test.
 */
class FarmsParishesQuizzesAndInsurersTest {

    @Test
    void test_a_numbered_true_or_false_statement_is_not_asserted() {
        List<String> read = read("Test yourself on this week's news before you turn the page.\n\n"
                + "5. True or false: motixafortide blocks CCR5.\n\n5. False. Motixafortide blocks CXCR4, not CCR5.");
        assertFalse(read.contains("motixafortide blocks CCR5"), read.toString());
        assertTrue(read.contains("motixafortide blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_question_takes_for_granted_a_participle_and_a_place_after_its_verb() {
        List<String> approved = read("3. Guselkumab, approved by the FDA for psoriasis, blocks which protein?");
        assertTrue(approved.stream().anyMatch(x -> x.startsWith("guselkumab approvedBy")), approved.toString());
        List<String> placed = read("Which journal published the study of CCR6 on Th17 cells in psoriasis?");
        assertTrue(placed.stream().anyMatch(x -> x.startsWith("CCR6 expressedOn")), placed.toString());
        List<String> typed = typedNames("Which receptor on B cells does the chemokine CXCL13 bind in the lymph node?");
        assertTrue(typed.stream().noneMatch(x -> x.toLowerCase().contains("which")), typed.toString());
    }

    @Test
    void test_binding_a_part_of_a_protein_binds_the_protein() {
        List<String> read = read("Guselkumab binds the p19 part of interleukin-23 and stops it working in the skin.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("guselkumab binds") && x.contains("23")), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.contains("p19")), read.toString());
    }

    @Test
    void test_a_laboratory_at_an_institution_run_by_a_person_places_them_there() {
        List<String> read = read("The appeal funds a laboratory at Durham University run by Dr. Kwame Ashby-Lund, who "
                + "spoke to the parish group in May.");
        assertTrue(read.contains("Kwame Ashby-Lund affiliatedWith Durham University"), read.toString());
    }

    @Test
    void test_cells_that_cover_themselves_in_a_protein_carry_it() {
        List<String> read = read("Dr. Ana Ferreira-Holt explained that lymphoma cells cover themselves in a protein "
                + "called CD30.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("CD30 expressedOn")), read.toString());
    }

    @Test
    void test_a_drug_named_after_a_description_of_the_protein_it_blocks_is_the_instrument() {
        List<String> read = read("The team reported that blocking CCR2, the receptor for CCL2, with an experimental drug "
                + "called TX-881 protected the kidneys of mice.");
        assertTrue(read.contains("TX-881 blocks CCR2"), read.toString());
    }

    @Test
    void test_and_also_joins_a_second_product_which_keeps_cells_trapped() {
        List<String> read = read("In the inflamed joint, fibroblasts pump out CCL2 and also CXCL12, a chemokine that keeps "
                + "T cells trapped in the swollen tissue.");
        assertTrue(read.contains("fibroblast secretes CXCL12"), read.toString());
        assertTrue(read.contains("CXCL12 sequesters T cell"), read.toString());
        List<String> check = read("In the inflamed joint, regulatory T cells keep the disease in check for years.");
        assertTrue(check.stream().noneMatch(x -> x.contains("sequesters")), check.toString());
    }

    @Test
    void test_its_receptor_is_the_receptor_named_for_its_owner() {
        List<String> read = read("Tocilizumab blocks the interleukin-6 receptor. It was approved in 2010 for arthritis. "
                + "Most patients take it once a month. Interleukin-6 is made by fibroblasts in the joint. Fibroblasts also "
                + "make CCL2, which draws in monocytes from the blood. Interleukin-6 works by binding its receptor, which "
                + "sits on T cells.");
        assertTrue(read.contains("interleukin-6 binds interleukin-6 receptor"), read.toString());
        assertTrue(read.contains("interleukin-6 receptor expressedOn T cell"), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.startsWith("interleukin-6 expressedOn")), read.toString());
    }

    @Test
    void test_a_study_run_by_an_institution_is_not_also_run_by_its_leaders_hospital() {
        List<String> read = read("The trial is run by the University of Leeds and led by Professor Amal Reyes-Burton, a "
                + "rheumatologist at Chapel Allerton Hospital.");
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
        assertTrue(read.contains("Amal Reyes-Burton affiliatedWith Chapel Allerton Hospital"), read.toString());
        assertFalse(read.contains("study conductedBy Chapel Allerton Hospital"), read.toString());
    }

    @Test
    void test_the_target_of_a_drug_is_bound_by_it() {
        List<String> read = read("The new pill does not block IL-17, the target of older drugs such as secukinumab.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("secukinumab binds IL-17")), read.toString());
    }

    @Test
    void test_an_acronym_owning_a_post_is_an_organisation_the_holder_works_at() {
        List<String> read = read("The NFFO's vessel safety lead, Tom Brierley-Ames, said the boats had been checked.");
        assertTrue(read.contains("Tom Brierley-Ames affiliatedWith NFFO"), read.toString());
    }

    @Test
    void test_a_chemokine_called_a_name_after_and_is_a_second_product() {
        List<String> read = read("In eczema, skin cells called keratinocytes release TSLP and a chemokine called CCL22.");
        assertTrue(read.contains("keratinocyte secretes CCL22"), read.toString());
    }

    @Test
    void test_a_borole_is_a_drug_and_combining_it_may_be_suggested() {
        List<String> read = read("Tralokinumab blocks IL-13. Your dermatologist may also suggest combining it with "
                + "crisaborole ointment.");
        assertTrue(read.contains("tralokinumab combinedWith crisaborole HEDGE"), read.toString());
    }

    @Test
    void test_a_community_post_or_a_credit_line_names_a_person() {
        List<String> typed = typedNames("Many of you sponsored Joan Tremlett-Obi, our churchwarden, when she walked the "
                + "coast path. The answers are below, and the puzzle was compiled by Anil Soderberg-Hale.");
        assertTrue(typed.contains("PERSON Joan Tremlett-Obi"), typed.toString());
        assertTrue(typed.contains("PERSON Anil Soderberg-Hale"), typed.toString());
    }

    @Test
    void test_a_short_numbered_answer_is_read_and_bcma_is_a_receptor() {
        List<String> typed = typedNames("Answers to this week's quiz on blood cancer\n\n"
                + "6. Teclistamab, sold as Tecvayli.\n\n7. Myeloma cells carry large amounts of BCMA on their surface.");
        assertTrue(typed.stream().anyMatch(x -> x.equalsIgnoreCase("DRUG teclistamab")), typed.toString());
        assertTrue(typed.contains("RECEPTOR BCMA"), typed.toString());
    }
}
