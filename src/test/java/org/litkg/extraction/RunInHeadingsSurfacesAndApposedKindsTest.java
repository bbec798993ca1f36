package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.document.Document;
import org.litkg.document.PageLayout;
import org.litkg.pipeline.Pipeline;

/**
 * Readings the hundred-and-thirty-ninth held-out set (a newspaper health column, a company press release, a research
 * institute's news page, a journal article page) showed missing or wrong on its first run. Every sentence is written
 * for the test.
 */
class RunInHeadingsSurfacesAndApposedKindsTest {

    @TempDir
    Path dir;

    @Test
    void test_an_interleukin_with_its_number_apart_is_a_protein() {
        List<String> read = read("Interleukin 6, released by fibroblasts and macrophages, drives the fever.");
        assertTrue(read.contains("fibroblast secretes interleukin-6"), read.toString());
        assertTrue(read.contains("macrophage secretes interleukin-6"), read.toString());
        List<String> receptor = typedNames("Tocilizumab blocks the interleukin 6 receptor.");
        assertFalse(receptor.contains("PROTEIN interleukin-6"), receptor.toString());
    }

    @Test
    void test_a_run_in_heading_does_not_join_the_name_after_it() {
        List<String> names = typedNames("Abstract\nImportance Behçet disease is rare in children.\nResults Fever fell in "
                + "9 of 20 children.");
        // the seed lexicon names it by its label, "Behçet's disease"
        assertTrue(names.contains("DISEASE Behçet's disease"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.toLowerCase().contains("importance")), names.toString());
    }

    @Test
    void test_a_receptor_bound_on_their_surface_is_on_the_cells_named_before() {
        List<String> read = read("CXCL1 draws neutrophils into the lung by binding CXCR2 on their surface.");
        assertTrue(read.contains("CXCR2 expressedOn neutrophil"), read.toString());
        List<String> lacking = read("In this disease, red blood cells lack CD59 on their surface.");
        // what cells lack is no place of the protein: at most a denied one, kept as negative evidence
        assertFalse(lacking.stream().anyMatch(x -> x.contains("expressedOn") && !x.endsWith(" NEG")), lacking.toString());
    }

    @Test
    void test_a_drug_apposed_to_the_kind_it_is_after_together_with_is_the_partner() {
        List<String> read = read("Tralokinumab was injected together with a steroid, betamethasone.");
        assertTrue(read.contains("tralokinumab combinedWith betamethasone"), read.toString());
    }

    @Test
    void test_a_media_contact_with_a_capital_c_names_a_person() {
        List<String> names = typedNames("The company reported results today.\n\nMedia Contact: Anya Petrov-Lund, "
                + "press@example.org");
        assertTrue(names.contains("PERSON Anya Petrov-Lund"), names.toString());
    }

    @Test
    void test_skin_diseases_and_the_mectin_stem_are_known() {
        List<String> names = typedNames("Keloid scars and rosacea were studied; the vet gave the dog selamectin.");
        assertTrue(names.contains("DISEASE keloid"), names.toString());
        assertTrue(names.contains("DISEASE rosacea"), names.toString());
        assertTrue(names.contains("DRUG selamectin"), names.toString());
    }

    @Test
    void test_a_protein_a_vocabulary_calls_no_receptor_is_placed_when_apposed_to_the_word_receptor() throws Exception {
        Path lexicon = dir.resolve("lexicon.tsv");
        Files.writeString(lexicon, "hgnc-21043\tProtein\tPITPNM3\tPITPNM3\tHGNC:21043\tcs\n");
        String text = "CCL18 binds a receptor, PITPNM3, on the fibroblasts of the scar.";
        Document doc = new Document("test", "test", text, "test", Optional.empty(), "0", PageLayout.proseBlocks(text));
        List<String> read = new Pipeline(List.of(lexicon)).extract(doc).statements().stream().map(Readings::show).toList();
        assertTrue(read.contains("PITPNM3 expressedOn fibroblast"), read.toString());
    }
}
