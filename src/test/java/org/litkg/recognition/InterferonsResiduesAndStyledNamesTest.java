package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the sixty-fifth and sixty-sixth held-out sets showed litkg missing or misreading: interferons written in two
 * words, a family member by its letter, a residue that looks like a drug code, a stem of cholinesterase inhibitors, a
 * company's "Immunotherapeutics", a disease with a Latin epithet, a protein called by a styled symbol, a styled trial
 * name, one unnamed member of a drug class, the drug noun inside an agency's name and a MEDLINE journal field. Every
 * sentence is written for the test.
 */
class InterferonsResiduesAndStyledNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_an_interferon_in_two_words_is_a_protein_and_with_a_products_number_a_drug() {
        Map<String, String> m = mentions("Dendritic cells make interferon beta. Patients with MS received interferon beta-1a.");
        assertEquals("Protein", m.get("interferon beta"), m.toString());
        assertEquals("Drug", m.get("interferon beta-1a"), m.toString());
    }

    @Test
    void test_a_family_member_by_its_letter_and_a_residue_that_is_no_drug_code() {
        Map<String, String> m = mentions("Velonrasib binds cyclophilin A. It blocks BTK and its C481S mutant, unlike "
                + "ibrutinib, which binds C481 covalently.");
        assertEquals("Protein", m.get("cyclophilin A"), m.toString());
        assertNull(m.get("C481"), m.toString());
    }

    @Test
    void test_stems_companies_and_latin_epithets() {
        Map<String, String> m = mentions("He keeps taking pyridostigmine. The application was submitted by Velmora "
                + "Immunotherapeutics for adults with hidradenitis suppurativa.");
        assertEquals("Drug", m.get("pyridostigmine"), m.toString());
        assertEquals("Organization", m.get("Velmora Immunotherapeutics"), m.toString());
        assertEquals("Disease", m.get("hidradenitis suppurativa"), m.toString());
    }

    @Test
    void test_a_protein_called_by_a_styled_symbol_and_a_styled_trial() {
        Map<String, String> m = mentions("Their antibodies target a protein called MuSK. In the VelarinG trial, "
                + "patients improved.");
        assertEquals("Protein", m.get("MuSK"), m.toString());
        assertEquals("ClinicalTrial", m.get("VelarinG"), m.toString());
    }

    @Test
    void test_an_unnamed_member_of_a_class_and_an_agencys_drug_noun() {
        Map<String, String> m = mentions("Combining velimab with a JAK inhibitor might help. In the United States, the "
                + "Food and Drug Administration (FDA) approved velimab in 2023.");
        assertEquals("DrugClass", m.get("JAK inhibitor"), m.toString());
        assertNull(m.get("States"), m.toString());
    }

    @Test
    void test_a_medline_journal_field_is_named_in_title_case_without_its_subtitle() {
        assertEquals("Journal of Clinical Oncology", TaggedFields.journalName(
                "Journal of clinical oncology : official journal of the American Society of\n      Clinical Oncology"));
        assertEquals("Cancer Discovery", TaggedFields.journalName("Cancer discovery"));
        assertEquals("Arthritis & Rheumatology", TaggedFields.journalName("Arthritis & Rheumatology"));
    }

    @Test
    void test_a_posts_title_before_a_comma_is_no_person() {
        Map<String, String> m = mentions("Joyce Nakamura-Hill, PharmD\nDesignated Federal Officer, Division of Advisory "
                + "Committee and Consultant Management, FDA\n");
        assertEquals("Person", m.get("Joyce Nakamura-Hill"), m.toString());
        assertNull(m.get("Designated Federal Officer"), m.toString());
    }
}
