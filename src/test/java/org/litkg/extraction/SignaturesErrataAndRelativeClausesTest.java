package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the sixty-first and sixty-second held-out sets showed litkg missing or misreading: a signature set over
 * several lines, an author's department on a numbered affiliation line, an erratum's quoted wrong sentence, a relative
 * clause after a denied verb, a denied drug given in "high doses of" it, a citation line with a volume, an inhibitor
 * described by adjectives set apart by commas, and a chemokine that attracts cells through its receptor. Every sentence
 * is written for the test.
 */
class SignaturesErrataAndRelativeClausesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_signature_over_several_lines_places_the_signer_at_the_institution_under_her_name() {
        List<String> read = read("We suggest that the advice be limited to the first weeks.\n\nIngrid Halvorsen, MD, PhD\n"
                + "Department of Haematology, Tromsø University Hospital, Tromsø, Norway\n\nProf. Amadou Keller\n"
                + "Chair, Safety Committee\nDivision of Cardiology, Lakeshore University School of Medicine\n");
        assertTrue(read.contains("Ingrid Halvorsen affiliatedWith Tromsø University Hospital"), read.toString());
        assertTrue(read.contains("Amadou Keller affiliatedWith Lakeshore University School of Medicine"), read.toString());
    }

    @Test
    void test_a_numbered_affiliations_department_gives_way_to_its_university() {
        List<String> read = read("Laila Benkadour(1), Stefan Voigt(2)\n(1) Department of Hematology, University of Pavia, "
                + "Italy; (2) University Hospital Ulm, Germany\nBackground: Velomenib binds menin.");
        assertTrue(read.contains("Laila Benkadour affiliatedWith University of Pavia"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("Department of Hematology")), read.toString());
    }

    @Test
    void test_an_erratums_quoted_wrong_sentence_is_denied_and_its_correction_stated() {
        List<String> read = read("2. Abstract. The sentence \"Velorasib is an inhibitor of EGFR\" should have read "
                + "\"Velorasib is an inhibitor of KRAS.\"");
        assertTrue(read.contains("velorasib blocks KRAS"), read.toString());
        assertTrue(read.contains("velorasib blocks EGFR NEG"), read.toString());
        assertFalse(read.contains("velorasib blocks EGFR"), read.toString());
    }

    @Test
    void test_a_relative_clause_after_a_denied_verb_is_not_denied() {
        List<String> read = read("Check that the patient is not receiving tocilizumab, which also blocks the IL-6 receptor. "
                + "Patients did not receive velizumab with tocilizumab.");
        assertTrue(read.contains("tocilizumab blocks IL6 receptor"), read.toString());
        assertTrue(read.contains("velizumab combinedWith tocilizumab NEG"), read.toString());
    }

    @Test
    void test_high_doses_of_a_drug_not_to_be_given_on_top_of_another_are_a_denied_combination() {
        List<String> read = read("He should not be given high doses of recombinant factor VIIa on top of velcizumab.");
        assertTrue(read.contains("recombinant factor VIIa combinedWith velcizumab NEG"), read.toString());
    }

    @Test
    void test_a_citation_line_with_a_volume_gives_the_journal() {
        List<String> read = read("ERRATUM\n\nJournal of Thoracic Case Studies, Volume 44, Issue 30\n\nIn the article by "
                + "Haddad et al., errors were introduced during production.");
        assertTrue(read.contains("study publishedIn Journal of Thoracic Case Studies"), read.toString());
    }

    @Test
    void test_an_inhibitor_described_by_adjectives_set_apart_by_commas_blocks_its_target() {
        List<String> read = read("Velomenib is an oral, selective inhibitor of menin.");
        assertTrue(read.contains("velomenib blocks menin"), read.toString());
    }

    @Test
    void test_a_chemokine_that_attracts_cells_through_a_receptor_binds_it() {
        List<String> read = read("Eotaxin-3, also known as CCL26, attracts eosinophils through the CCR3 receptor.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("CCL26 binds CCR3")), read.toString());
    }
}
