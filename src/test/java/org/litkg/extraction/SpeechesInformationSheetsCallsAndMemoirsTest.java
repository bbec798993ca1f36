package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-sixteenth held-out set (a minister's speech, a trial's participant information sheet, an
 * earnings call transcript, a memoir's extract) showed missing on its first run. Every sentence is written for the test.
 */
class SpeechesInformationSheetsCallsAndMemoirsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_partner_named_after_its_class_between_commas_is_the_drug_combined_with() {
        List<String> read = read("When BX-221 was combined with an immunotherapy drug, atezolizumab, the tumours shrank.");
        assertTrue(read.contains("BX-221 combinedWith atezolizumab"), read.toString());
        assertFalse(read.contains("BX-221 combinedWith immunotherapy"), read.toString());
    }

    @Test
    void test_the_leader_of_a_team_here_at_a_university_works_there_and_the_university_runs_the_study() {
        List<String> read = read("Last year, a team here at the University of Harlowmere, led by Professor Ines "
                + "Obuya-Lindqvist, published a study in Cancer Cell.");
        assertTrue(read.contains("Ines Obuya-Lindqvist affiliatedWith University of Harlowmere"), read.toString());
        assertTrue(read.contains("study conductedBy University of Harlowmere"), read.toString());
    }

    @Test
    void test_cells_carrying_a_receptor_after_a_relative_clause_carry_it() {
        List<String> read = read("Gut lining cells make CCL25, a chemical signal that attracts T cells carrying a "
                + "receptor called CCR9.");
        assertTrue(read.contains("CCR9 expressedOn T cell"), read.toString());
    }

    @Test
    void test_the_receptor_for_it_named_after_a_comma_is_carried_and_bound() {
        List<String> read = read("Mast cells release a protein named interleukin-25. Lung cells carry the receptor for "
                + "it, IL-17RB.");
        assertTrue(read.contains("IL-17RB expressedOn lung cell"), read.toString());
        assertTrue(read.contains("interleukin-25 binds IL-17RB"), read.toString());
        assertFalse(read.contains("interleukin-25 expressedOn lung cell"), read.toString());
    }

    @Test
    void test_a_person_after_an_opening_working_at_works_there() {
        List<String> read = read("Working at the Haldane Institute in Leeds, my old supervisor, Professor Ruth "
                + "Okafor-Brennan, had spent years on these cells.");
        assertTrue(read.contains("Ruth Okafor-Brennan affiliatedWith Haldane Institute"), read.toString());
    }

    @Test
    void test_cancer_cells_that_stay_lodged_in_the_marrow_are_held_there() {
        List<String> read = read("In these patients, the myeloma cells stay lodged in the bone marrow.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("bone marrow sequesters")), read.toString());
    }

    @Test
    void test_a_drug_that_drives_cells_out_of_the_marrow_mobilises_them() {
        List<String> read = read("Motixafortide drives stem cells out of the bone marrow and into the blood.");
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_waldenstroms_macroglobulinemia_is_a_cancer_and_ciclosporin_a_drug() {
        List<String> read = Readings.entities("Patients with Waldenström's macroglobulinemia had tried ciclosporin.").stream()
                .map(e -> e.type() + " " + e.preferredName()).toList();
        assertTrue(read.contains("CANCER Waldenström's macroglobulinemia"), read.toString());
        assertTrue(read.contains("DRUG ciclosporin"), read.toString());
    }

    @Test
    void test_a_calls_questioner_introduced_with_her_firm_works_there() {
        List<String> read = read("Our next question comes from Hana Oyelowo-Strand with Brackwater Securities.");
        assertTrue(read.contains("Hana Oyelowo-Strand affiliatedWith Brackwater Securities"), read.toString());
    }

    @Test
    void test_a_person_with_a_partner_company_outside_a_call_works_nowhere_by_with() {
        List<String> read = read("Dr. Hana Oyelowo-Strand said she developed the drug with Brackwater Biosciences.");
        assertFalse(read.contains("Hana Oyelowo-Strand affiliatedWith Brackwater Biosciences"), read.toString());
    }
}
