package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the seventy-third and seventy-fourth held-out sets showed litkg missing or misreading: a slide's lines that
 * drop their subject, a blocked ligand's binding or signal, a second relative clause joined by "and that", an
 * apposition inside a fronted clause, a reflexive before "and on", "turns down", "the two ligands", a fusion protein,
 * names joined by hyphens, an institution without a head word, a numbered receptor subtype, a British compound before
 * cells and a therapy noun in a placebo comparison. Every sentence is written for the test.
 */
class SlidesSignalsAndHyphenedNamesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_slides_lines_without_a_subject_are_the_drugs_and_its_study_lines_are_the_studys() {
        List<String> read = read("Velotacept (ALX-41): engineered TACI-Fc fusion protein for this disease. Binds BAFF and "
                + "APRIL with high affinity. Blocks both ligands. Published in the New England Journal of Medicine, 2026. "
                + "Led by Prof. Hana Sorvik-Mbeki, Tromsø University. Run by Northgate Pharmaceuticals at 94 sites.");
        assertTrue(read.contains("velotacept binds BAFF"), read.toString());
        assertTrue(read.contains("velotacept binds APRIL"), read.toString());
        assertTrue(read.contains("velotacept blocks APRIL"), read.toString());
        assertTrue(read.contains("study ledBy Hana Sorvik-Mbeki"), read.toString());
        assertTrue(read.contains("study conductedBy Northgate Pharmaceuticals"), read.toString());
    }

    @Test
    void test_blocking_a_ligands_binding_or_a_proteins_signal_blocks_what_the_drug_binds() {
        List<String> read = read("Cabrelumab is a humanised antibody that binds CSF-1R and blocks ligand binding. "
                + "Evorelimab is a fusion protein that binds CD47 and blocks that signal in tumours.");
        assertTrue(read.contains("cabrelumab blocks CSF1R"), read.toString());
        assertTrue(read.contains("evorelimab blocks CD47"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Evorelimab") || x.startsWith("CD47 binds evorelimab")),
                read.toString());
    }

    @Test
    void test_a_second_relative_clause_after_and_that_has_the_first_ones_antecedent() {
        List<String> read = read("The drug lowered CCL17, a chemokine that macrophages release and that binds CCR4 on "
                + "regulatory T cells.");
        assertTrue(read.contains("macrophage secretes CCL17"), read.toString());
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
    }

    @Test
    void test_an_apposition_in_a_fronted_clause_and_a_reflexive_before_and_on_still_place_the_receptor() {
        List<String> read = read("When CD47 binds SIRPB2, a receptor on macrophages, it sends a signal to them. "
                + "IL-36 binds its receptor IL-36R on keratinocytes themselves and on dendritic cells.");
        assertTrue(read.contains("SIRPB2 expressedOn macrophage"), read.toString());
        assertTrue(read.contains("IL-36 receptor expressedOn keratinocyte"), read.toString());
        assertTrue(read.contains("IL-36 receptor expressedOn dendritic cell"), read.toString());
    }

    @Test
    void test_turning_down_a_chemokine_blocks_it_and_the_two_ligands_are_no_receptor() {
        List<String> read = read("In some lymphomas, tipranib also turns down CXCL12, which stromal cells secrete. "
                + "Velotacept does not bind BAFF-R, so it leaves that receptor free; it works by soaking up BAFF and APRIL. "
                + "Velotacept soaks up the two ligands.");
        assertTrue(read.contains("tipranib blocks CXCL12"), read.toString());
        assertFalse(read.contains("velotacept blocks BAFF-R"), read.toString());
    }

    @Test
    void test_hyphened_names_a_departments_institution_and_a_lettered_receptor_subtype() {
        List<String> read = read("The trial was led by Dr. Keun-Wook Lee-Marchetti of Seoul National University Bundang "
                + "Hospital, and its results were reported in The Lancet Oncology. "
                + "Sparentan blocks the endothelin A receptor and the angiotensin receptor.");
        assertTrue(read.contains("study ledBy Keun-Wook Lee-Marchetti"), read.toString());
        assertTrue(read.contains("Keun-Wook Lee-Marchetti affiliatedWith Seoul National University Bundang Hospital"),
                read.toString());
        assertTrue(read.contains("sparentan blocks endothelin A receptor"), read.toString());
        assertTrue(read.contains("sparentan blocks angiotensin receptor"), read.toString());
    }

    @Test
    void test_an_address_names_the_institution_after_its_department() {
        List<String> read = read("M. Delorme-Osei¹, T. Rasmussen²\n"
                + "¹Department of Drug Development, Gustave Roussy, Villejuif, France; ²Department of Oncology, "
                + "Rigshospitalet, Copenhagen, Denmark\n"
                + "Velorimab binds CCR8 on regulatory T cells in the tumours of these patients.");
        assertTrue(read.contains("M. Delorme-Osei affiliatedWith Gustave Roussy"), read.toString());
        assertTrue(read.contains("T. Rasmussen affiliatedWith Rigshospitalet"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("Department of")), read.toString());
    }

    @Test
    void test_a_british_compound_before_cells_a_therapy_noun_and_a_medical_school_name_name_no_drug() {
        List<String> read = read("The tumour is dominated by tumour-associated macrophages (TAMs) that suppress T cells. "
                + "TAMs release CCL22 in the tumour. Velotacept added to RAS blockade vs placebo lowered proteinuria. "
                + "Mara Okonjo works at the School of Medicine, Baltimore, where velotacept binds APRIL.");
        assertTrue(read.contains("tumour-associated macrophage secretes CCL22"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("blockade") || x.contains("baltimore")), read.toString());
    }
}
