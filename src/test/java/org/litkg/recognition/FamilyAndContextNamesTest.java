package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fourteenth and fifteenth held-out sets showed litkg missing: cytokine receptor chains and
 * adhesion proteins by their family's shape, cell types with a lineage modifier or as precursors, companies
 * named only by what they do, trials with a number or in mixed case, diseases an apposition names, short
 * forms whose capitals are out of order, a bare cancer word after the text has named that cancer, titles
 * with "of the", enzymes an enzyme noun names, and receptor phrases that only describe the name before
 * them; from the sixteenth, hyphenated disease modifiers, two organisations joined by "and", chemotherapy
 * regimens, and a protein name of several words used again. Every sentence is written for the test.
 */
class FamilyAndContextNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_receptor_chains_and_adhesion_proteins_are_recognised_by_their_shape() {
        Map<String, String> m = mentions("IL-17RA pairs with IL-4Rα, and both bind OSMRβ. Platelets carry P-selectin, "
                + "and N-cadherin holds the cells together.");
        assertEquals("Receptor", m.get("IL-17RA"), m.toString());
        assertEquals("Receptor", m.get("IL-4Rα"), m.toString());
        assertEquals("Receptor", m.get("OSMRβ"), m.toString());
        assertEquals("Protein", m.get("P-selectin"), m.toString());
        assertEquals("Protein", m.get("N-cadherin"), m.toString());
    }

    @Test
    void test_a_lineage_modifier_or_a_precursor_noun_belongs_to_the_cell_type() {
        Map<String, String> m = mentions("Motor neurons and alveolar macrophages died, but monocyte precursors and "
                + "oligodendrocyte precursor cells survived. Inflammatory macrophages gathered.");
        assertEquals("CellType", m.get("Motor neurons"), m.toString());
        assertEquals("CellType", m.get("alveolar macrophages"), m.toString());
        assertEquals("CellType", m.get("monocyte precursors"), m.toString());
        assertEquals("CellType", m.get("oligodendrocyte precursor cells"), m.toString());
        assertEquals("CellType", m.get("macrophages"), m.toString()); // "inflammatory" names no lineage
    }

    @Test
    void test_a_company_is_named_by_what_it_does_for_a_drug_or_trial() {
        Map<String, String> m = mentions("The trial was led by Ana Ruiz and paid for by Veltara, which developed the "
                + "antibody. Investigators from Quenbio, the Swiss company making the drug, agreed. "
                + "It was sponsored by Orvane.");
        assertEquals("Organization", m.get("Veltara"), m.toString());
        assertEquals("Organization", m.get("Quenbio"), m.toString());
        assertEquals("Organization", m.get("Orvane"), m.toString());
    }

    @Test
    void test_a_trial_number_written_apart_belongs_to_the_trial_name() {
        Map<String, String> m = mentions("In the HARBOR 3 trial, 300 adults were treated.");
        assertEquals("ClinicalTrial", m.get("HARBOR 3"), m.toString());
    }

    @Test
    void test_an_apposed_disease_noun_names_the_words_before_it_but_not_hosts() {
        Map<String, String> m = mentions("Adults with lichen planus, a skin disease that causes itchy bumps, took part. "
                + "In mice, a disease that resembles lupus appeared.");
        assertEquals("Disease", m.get("lichen planus"), m.toString());
        assertFalse(m.containsKey("mice"), m.toString());
    }

    @Test
    void test_a_short_form_whose_capitals_are_out_of_order_is_an_alias_used_again() {
        Map<String, String> m = mentions("The drug blocks the neonatal Fc receptor (FcRn). Without it, FcRn recycles IgG.");
        assertEquals("Receptor", m.get("FcRn"), m.toString());
        long uses = Recognitions.recognize("The drug blocks the neonatal Fc receptor (FcRn). Without it, FcRn recycles IgG.")
                .mentions().stream().flatMap(List::stream).filter(x -> x.text().equals("FcRn")).count();
        assertEquals(2, uses);
    }

    @Test
    void test_a_bare_cancer_word_after_its_specific_cancer_is_a_reference_but_not_when_two_cancers_share_it() {
        List<Mention> one = Recognitions.recognize("Chronic lymphocytic leukaemia returns often. Leukaemia cells hide in "
                + "the marrow.").mentions().stream().flatMap(List::stream).filter(x -> x.text().equals("Leukaemia")).toList();
        assertTrue(one.size() == 1 && one.get(0).anaphoric(), one.toString());
        List<Mention> two = Recognitions.recognize("Chronic lymphocytic leukaemia and acute myeloid leukaemia differ. "
                + "Leukaemia cells hide in the marrow.").mentions().stream().flatMap(List::stream)
                .filter(x -> x.text().equals("Leukaemia")).toList();
        assertTrue(two.size() == 1 && !two.get(0).anaphoric(), two.toString());
    }

    @Test
    void test_of_the_belongs_to_a_journal_or_organisation_name() {
        Map<String, String> m = mentions("Researchers at the University of the Witwatersrand report in Annals of the "
                + "Rheumatic Diseases.");
        assertEquals("Journal", m.get("Annals of the Rheumatic Diseases"), m.toString());
        assertEquals("Organization", m.get("University of the Witwatersrand"), m.toString());
    }

    @Test
    void test_an_enzyme_noun_names_the_coined_words_after_it_but_not_english_ones() {
        Map<String, String> m = mentions("Fasitibant is an antagonist, and the drug inhibits the enzyme tissue kallikrein. "
                + "The enzyme activity then fell.");
        assertEquals("Protein", m.get("tissue kallikrein"), m.toString());
        assertEquals("Drug", m.get("Fasitibant"), m.toString()); // the -tibant stem
        assertFalse(m.containsKey("activity"), m.toString());
    }

    @Test
    void test_a_mixed_case_trial_acronym_is_a_trial_but_a_symbol_with_one_lower_case_letter_is_not() {
        Map<String, String> m = mentions("In the ADvocate study, patients improved. The PDGFRa study failed.");
        assertEquals("ClinicalTrial", m.get("ADvocate"), m.toString());
        assertFalse("ClinicalTrial".equals(m.get("PDGFRa")), m.toString());
    }

    @Test
    void test_a_receptor_phrase_apposed_to_a_name_describes_it_and_systemic_belongs_to_a_disease() {
        Map<String, String> m = mentions("An antibody targets CLEVER-1, a scavenger receptor on macrophages, in patients "
                + "with systemic sclerosis.");
        assertFalse(m.containsKey("scavenger receptor"), m.toString());
        assertEquals("Receptor", m.get("CLEVER-1"), m.toString());
        assertEquals("Disease", m.get("systemic sclerosis"), m.toString());
    }

    @Test
    void test_a_hyphenated_modifier_and_two_organisations_joined_by_and() {
        Map<String, String> m = mentions("Patients with large-cell lung cancer were treated by researchers at the "
                + "University of Osaka and Daiichi Pharma.");
        assertEquals("Cancer", m.get("large-cell lung cancer"), m.toString());
        assertEquals("Organization", m.get("University of Osaka"), m.toString());
        assertEquals("Organization", m.get("Daiichi Pharma"), m.toString());
        Map<String, String> agency = mentions("The Food and Drug Administration agreed.");
        assertEquals("RegulatoryAgency", agency.get("Food and Drug Administration"), agency.toString());
    }

    @Test
    void test_regimens_are_drugs_and_a_context_named_protein_of_several_words_is_named_again() {
        String text = "Their tumours carried the protein claudin 6.1, and the antibody attaches to claudin 6.1 when given "
                + "with FOLFIRI or CAPOX.";
        Map<String, String> m = mentions(text);
        assertEquals("Drug", m.get("FOLFIRI"), m.toString());
        assertEquals("Drug", m.get("CAPOX"), m.toString());
        long uses = Recognitions.recognize(text).mentions().stream().flatMap(List::stream)
                .filter(x -> x.text().equals("claudin 6.1") && x.type() == EntityType.PROTEIN).count();
        assertEquals(2, uses);
    }

    @Test
    void test_a_lower_case_numbered_name_is_a_protein_only_beside_a_protein_noun() {
        Map<String, String> m = mentions("Antibodies against aquaporin-1, a water channel found on red cells, were seen. "
                + "The patient had influenza-2 last year.");
        assertEquals("Protein", m.get("aquaporin-1"), m.toString());
        assertFalse(m.containsKey("influenza-2"), m.toString());
        assertFalse(m.containsKey("water channel"), m.toString());
    }
}
