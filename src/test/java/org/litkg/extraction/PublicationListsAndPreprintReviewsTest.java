package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the eighty-first and eighty-second held-out sets showed litkg missing or misreading: a CV's or a grant's
 * publication list, a family named before its members ("the TAM receptors AXL and MERTK"), a growth factor's receptor,
 * cells that sequester other cells, a modifier with an abbreviation between a subject and its verb, an antibody phrase
 * before or about a named drug, an aside between "and" and its verb, a relative clause ending in another kind of name,
 * a sentence's capitalised first word read as a drug, and a reviewer's line read as who ran a study. Every sentence is
 * written for the test.
 */
class PublicationListsAndPreprintReviewsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_publication_list_names_each_paper_its_leaders_and_journal_and_a_reference_list_names_none() {
        List<String> read = read(String.join("\n",
                "Dr Ilse Brandvold leads the myeloma immunology group at Halvorsen University.",
                "",
                "Selected publications",
                "1. Brandvold I, Quist-Obara LT, Haddou S. Velorimab blocks CXCR3 in myeloma. Nat Med. 2025;31(9):2877-2889.",
                "2. Quist-Obara LT, Brandvold I. Sorvalimab: where next? Blood. 2024;144(3):251-260.",
                "",
                "References",
                "1. Lindqvist M, Obuya T. Corvalimab blocks CXCR5 in lymphoma. Lancet. 2020;395:1-9."));
        assertTrue(read.contains("study publishedIn Nat Med"), read.toString());
        assertTrue(read.contains("study publishedIn Blood"), read.toString());
        assertTrue(read.contains("study ledBy Haddou S"), "the last author leads: " + read);
        assertTrue(read.contains("study ledBy Quist-Obara LT"), read.toString());
        assertFalse(read.contains("study ledBy Obuya T") || read.contains("study publishedIn Lancet"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains(" blocks ")), "a listed title is no finding: " + read);
    }

    @Test
    void test_a_family_before_its_members_and_a_growth_factor_receptor_name_the_right_proteins() {
        List<String> read = read("Tumour-associated macrophages express the TAM receptors AXL and MERTK. Blocking the TGF-β "
                + "receptor ALK5 frees T cells, although TGF-β still binds TGFBR2.");
        assertTrue(read.contains("AXL expressedOn tumour-associated macrophage"), read.toString());
        assertTrue(read.contains("MERTK expressedOn tumour-associated macrophage"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("TAM receptor")), read.toString());
        Statement binding = Readings.statements("Blocking the TGF-β receptor ALK5 frees T cells, although TGF-β still "
                + "binds TGFBR2.").stream().filter(s -> s.relation() == RelationType.BINDS).findFirst().orElseThrow();
        assertEquals(EntityType.PROTEIN, ((Node.EntityNode) binding.subject()).entity().type(),
                "the receptor is TGF-β's, another entity: TGF-β stays a protein");
    }

    @Test
    void test_cells_in_a_place_with_their_abbreviation_secrete_and_hold_other_cells() {
        List<String> read = read("The authors show that cancer-associated fibroblasts (CAFs) in colorectal liver metastases "
                + "secrete TGF-β. Cancer-associated fibroblasts in colorectal liver metastases hold CD8 T cells in the stroma.");
        assertTrue(read.contains("cancer-associated fibroblast secretes TGF-β"), read.toString());
        assertTrue(read.stream().anyMatch(x -> x.startsWith("cancer-associated fibroblast sequesters")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("liver")), read.toString());
    }

    @Test
    void test_an_antibody_phrase_before_or_about_a_named_drug_is_that_drug() {
        List<String> read = read("Velorimab combined with the anti-PD-1 antibody sorvalimab shrank tumours. Corvalimab "
                + "(QX-117) is an anti-CD47 antibody that blocks CD47 on lymphoma cells.");
        assertTrue(read.contains("velorimab combinedWith sorvalimab"), read.toString());
        assertTrue(read.contains("corvalimab blocks CD47"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("anti-")), read.toString());
    }

    @Test
    void test_the_subject_of_a_verb_after_an_aside_or_a_relative_clause_is_the_clause_subject() {
        List<String> read = read("Velorimab binds CTLA-4 and, through its enhanced Fc region, engages Fc gamma receptors on "
                + "macrophages. Prostate cancer cells that have escaped enzalutamide secrete CXCL8.");
        assertTrue(read.contains("velorimab binds fc gamma receptor"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("CTLA-4 binds")), read.toString());
        assertTrue(read.contains("prostate cancer secretes CXCL8"), read.toString());
    }

    @Test
    void test_surgery_is_no_drug_and_a_fact_sheet_checker_ran_no_study() {
        List<String> read = read("Surgery is the main treatment. Velorimab was approved by the US Food and Drug "
                + "Administration for adults who cannot have surgery, and it has since been approved by the European "
                + "Medicines Agency. This fact sheet was checked by Dr Rhiannon Castell-Wynne, consultant orthopaedic "
                + "oncologist at the Halvorsen Orthopaedic Hospital, Oslo.");
        assertTrue(read.contains("velorimab approvedBy European Medicines Agency"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("surgery")), read.toString());
        assertTrue(read.contains("Rhiannon Castell-Wynne affiliatedWith Halvorsen Orthopaedic Hospital"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study conductedBy")), read.toString());
    }
}
