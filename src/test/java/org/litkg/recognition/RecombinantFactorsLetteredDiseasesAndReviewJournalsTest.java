package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the sixty-first and sixty-second held-out sets showed litkg missing or misreading: a recombinant clotting
 * factor given as a drug, a disease with a lettered subtype, heparins and hirudins by their stems, a family's review
 * journal, a journal named after "the last issue of", cells named by their nerve or their tubule, and a signature's
 * name ending with its line. Every sentence is written for the test.
 */
class RecombinantFactorsLetteredDiseasesAndReviewJournalsTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_recombinant_clotting_factor_is_a_drug_and_the_factor_alone_a_protein() {
        Map<String, String> m = mentions("He may get recombinant factor VIIa for a bleed, and factor IXa is cleaved.");
        assertEquals("Drug", m.get("recombinant factor VIIa"), m.toString());
        assertEquals("Protein", m.get("factor IXa"), m.toString());
    }

    @Test
    void test_any_recombinant_protein_is_a_drug() {
        Map<String, String> m = mentions("Anaemic patients received recombinant human erythropoietin every week.");
        assertEquals("Drug", m.get("recombinant human erythropoietin"), m.toString());
    }

    @Test
    void test_a_disease_keeps_its_lettered_subtype() {
        Map<String, String> m = mentions("Velicizumab is used in hemophilia B with inhibitors, and it is under review in "
                + "hemophilia A.");
        assertEquals("Disease", m.get("hemophilia B"), m.toString());
        assertEquals("Disease", m.get("hemophilia A"), m.toString());
    }

    @Test
    void test_hirudins_and_pentasaccharides_are_drugs_by_their_stems() {
        Map<String, String> m = mentions("Patients received desirudin or idraparinux after surgery.");
        assertEquals("Drug", m.get("desirudin"), m.toString());
        assertEquals("Drug", m.get("idraparinux"), m.toString());
    }

    @Test
    void test_a_familys_review_journal_and_a_journal_after_an_issue_are_journals() {
        Map<String, String> m = mentions("A review in Nature Reviews Nephrology was cited. The trial, described in the last "
                + "issue of Thrombosis Reports, was small.");
        assertEquals("Journal", m.get("Nature Reviews Nephrology"), m.toString());
        assertEquals("Journal", m.get("Thrombosis Reports"), m.toString());
    }

    @Test
    void test_cells_named_by_their_nerve_or_their_tubule_are_cell_types() {
        Map<String, String> m = mentions("Trigeminal neurons release the peptide, and the transporter sits on proximal "
                + "tubule cells.");
        assertEquals("CellType", m.get("Trigeminal neurons"), m.toString());
        assertEquals("CellType", m.get("proximal tubule cells"), m.toString());
    }

    @Test
    void test_a_signatures_name_ends_with_its_line() {
        Map<String, String> m = mentions("We declare no competing interests.\n\nProf. Halvard Brekke\n"
                + "Division of Nephrology, Bergen University Hospital\n");
        assertEquals("Person", m.get("Halvard Brekke"), m.toString());
        assertEquals("Organization", m.get("Bergen University Hospital"), m.toString());
    }
}
