package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the seventy-seventh and seventy-eighth held-out sets showed litkg missing or misreading: an author list cut
 * short by "et al.", "X, of the Y Institute, argues", "coformulated with", "the interaction between A and B", an
 * apposed antibody phrase before a passive, a place with an adjective in a coordinated object, a verb of the agent's own
 * after "by", a company before a chief executive, a trial named by its shape and run by a one-word company, an
 * institution named in Italian, and cells that "rarely express" a protein. Every sentence is written for the test.
 */
class AlertsOpinionsAndDealReportsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_author_list_cut_short_by_et_al_names_its_first_author_as_a_leader_and_not_its_last() {
        List<String> read = read("Velorimab plus chemotherapy in recurrent nasopharyngeal carcinoma\n\n"
                + "Linnea Quist-Obara, Tadeusz Wrenfield, Imogen Achterberg, et al.\n\n"
                + "Summary: Velorimab binds PD-1. Wrenfield, of the Halvorsen Cancer Institute in Oslo, argues that it works.");
        assertTrue(read.contains("study ledBy Linnea Quist-Obara"), read.toString());
        assertFalse(read.contains("study ledBy Imogen Achterberg"), read.toString());
        assertTrue(read.contains("Tadeusz Wrenfield affiliatedWith Halvorsen Cancer Institute"), read.toString());
    }

    @Test
    void test_the_interaction_between_two_proteins_is_blocked_for_the_first_and_bound_by_it_to_the_others() {
        List<String> read = read("Sunovalimab binds to PD-L1 and blocks the interaction between PD-L1 and the PD-1 and "
                + "B7.1 receptors. Vibotamab coformulated with pembrolizumab was stopped.");
        assertTrue(read.contains("sunovalimab blocks PD-L1"), read.toString());
        assertFalse(read.contains("sunovalimab blocks PD-1"), read.toString());
        assertTrue(read.contains("PD-L1 binds PD-1"), read.toString());
        assertTrue(read.contains("PD-L1 binds CD80"), read.toString());
        assertTrue(read.contains("vibotamab combinedWith pembrolizumab"), read.toString());
    }

    @Test
    void test_an_apposed_antibody_phrase_before_a_passive_lets_the_drug_named_before_it_be_approved() {
        List<String> read = read("Summary: Serotalimab, an anti-PD-1 antibody, is approved in China by the National "
                + "Medical Products Administration for small-cell lung cancer.");
        assertTrue(read.contains("serotalimab approvedBy National Medical Products Administration"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("anti-PD-1 antibody approvedBy")), read.toString());
    }

    @Test
    void test_coordinated_objects_with_places_and_a_verb_of_the_agents_own_after_by() {
        List<String> read = read("Mosotamab binds CD20 on malignant B cells and CD3 on T cells. Interleukin-8 is secreted "
                + "by many solid tumours and draws neutrophils and monocytes into the tumour.");
        assertTrue(read.contains("mosotamab binds CD3"), read.toString());
        // the class "solid tumours" secretes it (a cancer of its own since set 409, as the sets' gold reads "Many solid
        // tumors display CD47"), and nothing named before does
        assertFalse(read.stream().anyMatch(x -> x.endsWith("secretes CXCL8") && !x.startsWith("solid tumor ")),
                read.toString());
    }

    @Test
    void test_companies_and_institutions_named_by_a_role_a_trial_they_run_or_in_italian() {
        List<String> read = read("Norlane Bio licensed the pill. \"Our bet is bold,\" Norlane chief executive Ruth "
                + "Abernathy-Sole said. In TACTI-004, run by Immuvex in head and neck cancer, efrilagimod was given "
                + "together with pembrolizumab. The results were published by Dr. Roberta Salvi-Kurz and colleagues at "
                + "the Istituto Nazionale dei Tumori in Milan.");
        assertTrue(read.contains("Ruth Abernathy-Sole affiliatedWith Norlane Bio"), read.toString());
        assertTrue(read.contains("study conductedBy Immuvex"), read.toString());
        assertTrue(read.contains("Roberta Salvi-Kurz affiliatedWith Istituto Nazionale dei Tumori"), read.toString());
    }

    @Test
    void test_cells_that_rarely_express_a_protein_are_not_said_to_express_it_but_the_denial_is_kept() {
        List<String> read = read("Small-cell lung cancer cells rarely express PD-L1, so the benefit cannot be explained "
                + "by that ligand alone. Melanoma cells express CD155.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("PD-L1 expressedOn") && !x.endsWith(" NEG")), read.toString());
        assertTrue(read.contains("PD-L1 expressedOn small cell lung cancer NEG"), read.toString()); // kept as evidence
        assertTrue(read.stream().anyMatch(x -> x.startsWith("CD155 expressedOn")), read.toString());
    }
}
