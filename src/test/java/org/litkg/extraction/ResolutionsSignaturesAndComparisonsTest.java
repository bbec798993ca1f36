package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fifty-fifth and fifty-sixth held-out sets showed litkg missing or misreading: a resolution's "WHEREAS"
 * clauses ending in "; and", a combination denied by "no study has tested" or "does not recommend", signature and
 * attestation lines with degrees, roles and groups before the institution, a pronoun after "Like X," or "Unlike X,",
 * and reference-list entries read as findings. Every sentence is written for the test.
 */
class ResolutionsSignaturesAndComparisonsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_whereas_clauses_are_read_and_the_drafting_word_names_nothing() {
        List<String> read = read("Position statement\n\nWHEREAS velogacestat, an oral small molecule, inhibits gamma "
                + "secretase; and\n\nWHEREAS the U.S. Food and Drug Administration approved velogacestat in 2023; and\n");
        assertTrue(read.contains("velogacestat blocks gamma secretase"), read.toString());
        assertTrue(read.contains("velogacestat approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_combination_nobody_tested_or_recommends_is_denied() {
        List<String> read = read("Velogacestat causes rashes, and no study has tested it combined with sorafenib. "
                + "The group does not recommend combining velogacestat with regorafenib.");
        assertTrue(read.contains("velogacestat combinedWith sorafenib NEG"), read.toString());
        assertFalse(read.contains("velogacestat combinedWith sorafenib"), read.toString());
        assertFalse(read.contains("velogacestat combinedWith regorafenib"), read.toString());
    }

    @Test
    void test_signature_lines_give_the_workplace_after_degrees_roles_and_groups() {
        List<String> read = read("Statement\n\nAttest: Dr. Ines Carvalho, Chair, Bone Tumor Working Group, Sarcoma "
                + "Alliance of Canada\n\nLena Vogt, MD — haematology fellow, Charité – Universitätsmedizin Berlin\n\n"
                + "Signed: R. Okonjo (PI), Department of Microbiology, University of Leeds\n");
        assertTrue(read.contains("Ines Carvalho affiliatedWith Bone Tumor Working Group"), read.toString());
        assertTrue(read.contains("Ines Carvalho affiliatedWith Sarcoma Alliance of Canada"), read.toString());
        assertTrue(read.contains("Lena Vogt affiliatedWith Charité – Universitätsmedizin Berlin"), read.toString());
        assertTrue(read.contains("R. Okonjo affiliatedWith University of Leeds"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("Chair")), read.toString());
    }

    @Test
    void test_a_pronoun_after_like_or_unlike_is_the_clause_subject_not_the_compared_drug() {
        List<String> read = read("Tazolotinib is new. How tazolotinib works: like ruxolitinib, it inhibits JAK1, but it "
                + "also inhibits ACVR1. Vamelorone is a steroid. Like prednisone, it binds the glucocorticoid receptor. "
                + "Unlike prednisone, it also blocks the mineralocorticoid receptor.");
        assertTrue(read.contains("tazolotinib blocks JAK1"), read.toString());
        assertTrue(read.contains("tazolotinib blocks ACVR1"), read.toString());
        assertFalse(read.contains("ruxolitinib blocks ACVR1"), read.toString());
        assertTrue(read.contains("vamelorone blocks mineralocorticoid receptor"), read.toString());
        assertFalse(read.contains("prednisone blocks mineralocorticoid receptor"), read.toString());
    }

    @Test
    void test_reference_list_entries_are_cited_work_not_findings() {
        List<String> read = read("Essay\n\nVamerolone binds the glucocorticoid receptor (Hale et al., 2019).\n\n"
                + "References\nHale, C. R., Yu, Q., & Tully, C. B. (2019). Vamerolone blocks the mineralocorticoid "
                + "receptor in mice. Life Science Alliance, 2(1), e201800186.\n"
                + "- Osei K, et al. Velogacestat inhibits gamma secretase in desmoid cells. Blood Advances. 2020.\n");
        assertTrue(read.contains("vamerolone binds glucocorticoid receptor"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("mineralocorticoid")), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.contains("gamma secretase")), read.toString());
    }
}
