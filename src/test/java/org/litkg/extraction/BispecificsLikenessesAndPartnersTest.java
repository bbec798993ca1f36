package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the sixty-ninth and seventieth held-out sets showed litkg missing or misreading: a bispecific that bridges
 * two proteins, a second object after the first one's place, a likeness at a sentence's end, a relative clause about
 * two names, a drug kept from a protein's making or meeting, a blocked interaction's partners, an approval granted
 * after an auxiliary and a bracketed short name, expression "in" two places, a description before a name, and a
 * meeting's city. Every sentence is written for the test.
 */
class BispecificsLikenessesAndPartnersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_bispecific_that_bridges_two_proteins_binds_both_and_cd3_expressing_cells_secrete_nothing() {
        List<String> read = read("Velotamab is a bispecific antibody designed to bridge B-cell maturation antigen (BCMA) "
                + "on multiple myeloma cells with CD3-expressing T cells, so that the T cells kill them.");
        assertTrue(read.contains("velotamab binds BCMA"), read.toString());
        assertTrue(read.contains("velotamab binds CD3"), read.toString());
        assertTrue(read.contains("BCMA expressedOn multiple myeloma"), read.toString());
        assertTrue(read.contains("CD3 expressedOn T cell"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("secretes CD3")), read.toString());
    }

    @Test
    void test_a_second_object_follows_the_place_of_the_first() {
        List<String> read = read("Its other bispecific, odrotamab, binds CD20 on B cells and CD3 on T cells.");
        assertTrue(read.contains("odrotamab binds CD20"), read.toString());
        assertTrue(read.contains("odrotamab binds CD3"), read.toString());
    }

    @Test
    void test_a_likeness_at_the_end_of_a_sentence_says_the_clause_of_the_names_it_lists() {
        List<String> read = read("Trovinemab binds amyloid-beta, like lecanemab and donanemab do. "
                + "Trovinemab binds amyloid-beta, like most antibodies in the class.");
        assertTrue(read.contains("lecanemab binds amyloid beta"), read.toString());
        assertTrue(read.contains("donanemab binds amyloid beta"), read.toString());
    }

    @Test
    void test_an_object_relative_clause_after_two_names_is_about_both() {
        List<String> read = read("Unlike lecanemab and donanemab, which the FDA approved in 2023 and 2024, trovinemab has "
                + "not been approved by any regulator.");
        assertTrue(read.contains("lecanemab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("donanemab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("trovinemab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_drugs_that_keep_cells_from_making_a_protein_or_a_protein_from_its_partner_block_it() {
        List<String> read = read("Pelavirsen, an antisense oligonucleotide, and olvasiran, a small interfering RNA, stop "
                + "hepatocytes from making apolipoprotein(a) in the liver. Tirovixafor stops CXCL12 from binding CXCR4 "
                + "on the cells. Velomab stops T cells from entering the tumour in most patients.");
        assertTrue(read.contains("pelavirsen blocks apolipoprotein(a)"), read.toString());
        assertTrue(read.contains("olvasiran blocks apolipoprotein(a)"), read.toString());
        assertTrue(read.contains("tirovixafor blocks CXCL12"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("velomab")), read.toString());
    }

    @Test
    void test_blocking_a_proteins_meeting_with_its_partners_says_it_binds_them() {
        List<String> read = read("Cosivelimab is a human antibody that binds PD-L1 and blocks its interaction with both "
                + "PD-1 and B7-1. Telivacept is a fusion protein that binds BLyS and APRIL and blocks their binding to "
                + "the TACI receptor.");
        assertTrue(read.contains("PD-L1 binds PD-1"), read.toString());
        assertTrue(read.contains("PD-L1 binds CD80"), read.toString());
        assertTrue(read.contains("BAFF binds TACI"), read.toString());
        assertTrue(read.contains("APRIL binds TACI"), read.toString());
    }

    @Test
    void test_an_approval_granted_after_an_auxiliary_and_a_bracketed_agency_name() {
        List<String> read = read("Regeneron said that the U.S. Food and Drug Administration (FDA) has granted accelerated "
                + "approval to Lynovex (velotamab-gcpt) for adults with multiple myeloma.");
        assertTrue(read.contains("velotamab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_expression_in_two_places_and_an_inhibitor_after_long_modifiers() {
        List<String> read = read("Bruton's tyrosine kinase (BTK) is expressed in B cells and in microglia, the brain's "
                + "resident immune cells. Fenovabrutinib is an oral, highly selective, reversible inhibitor of BTK.");
        assertTrue(read.contains("BTK expressedOn B cell"), read.toString());
        assertTrue(read.contains("BTK expressedOn microglia"), read.toString());
        assertTrue(read.contains("fenovabrutinib blocks BTK"), read.toString());
    }

    @Test
    void test_a_description_before_a_name_is_the_name_a_drug_is_combined_with() {
        List<String> read = read("Trovinemab binds amyloid-beta in the brain. Trovinemab could be combined with its tau "
                + "antibody semovinemab in later trials.");
        assertTrue(read.contains("trovinemab combinedWith semovinemab HEDGE"), read.toString());
    }

    @Test
    void test_a_city_after_a_meeting_is_no_journal_and_a_paper_that_came_out_last_month_is() {
        List<String> read = read("Roche described trovinemab at the AD/PD conference in Vienna last week. "
                + "The full results came out last month in Clinical Cancer Research.");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn Vienna")), read.toString());
        assertTrue(read.contains("study publishedIn Clinical Cancer Research"), read.toString());
    }

    @Test
    void test_it_after_a_fronted_comparison_is_the_last_sentences_subject_not_an_earlier_name_of_another_kind() {
        List<String> read = read("Cutaneous squamous cell carcinoma recruits macrophages. Cosivelimab is an antibody that "
                + "binds PD-L1. Unlike most PD-L1 antibodies, its Fc region is intact, so it can also recruit natural "
                + "killer cells.");
        assertTrue(read.contains("cutaneous squamous cell carcinoma sequesters macrophage"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("natural killer")), read.toString());
    }
}
