package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Drug-class phrases as pharmacology abstracts write them, which ChemProt's training abstracts showed litkg missing:
 * an indefinite class apposed to a name that ends the sentence, a name in brackets after its class, a target the drug
 * is "selective" for, a plural class of a symbol followed by its members, and a receptor written with its subtype in
 * brackets. Every sentence is written for the test, with invented drug names.
 */
class PharmacologyClassPhrasesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_indefinite_class_names_the_drug_apposed_at_the_end_of_the_sentence() {
        List<String> read = read("The effect was potentiated by a selective CCR5 antagonist, dexlomavir.");
        assertTrue(read.contains("dexlomavir blocks CCR5"), read.toString());
        List<String> dosed = read("The effect was reversed by a CXCR2 antagonist, trovaxiren (1 mg/kg), within hours.");
        assertTrue(dosed.contains("trovaxiren blocks CXCR2"), dosed.toString());
    }

    @Test
    void test_an_indefinite_class_before_a_list_names_no_one_drug() {
        List<String> read = read("Patients received a 5-HT3 antagonist, dexlomavir, and trovaxiren before surgery.");
        assertFalse(read.contains("dexlomavir blocks 5-HT3"), read.toString());
    }

    @Test
    void test_a_drug_in_brackets_after_its_class_is_a_member() {
        List<String> read = read("We gave rats a CCR2 antagonist (trovaxiren) before the injury.");
        assertTrue(read.contains("trovaxiren blocks CCR2"), read.toString());
    }

    @Test
    void test_a_drug_selective_for_a_protein_blocks_it_but_non_selective_names_none() {
        List<String> read = read("Here we report a potent and CXCR4-selective inhibitor, dexlomavir.");
        assertTrue(read.contains("dexlomavir blocks CXCR4"), read.toString());
        List<String> non = read("The non-selective CXCR inhibitor trovaxiren was compared with the CCR5 antagonist dexlomavir.");
        assertFalse(non.stream().anyMatch(x -> x.startsWith("trovaxiren blocks non")), non.toString());
        assertTrue(non.contains("dexlomavir blocks CCR5"), non.toString());
    }

    @Test
    void test_a_plural_class_of_a_symbol_followed_by_coined_names_keeps_its_target() {
        List<String> read = read("To a certain extent the PDE3 inhibitors trovaxiren and dexlomavir reduced the release.");
        assertTrue(read.contains("trovaxiren blocks PDE3"), read.toString());
        assertTrue(read.contains("dexlomavir blocks PDE3"), read.toString());
    }

    @Test
    void test_a_receptor_with_its_subtype_in_brackets_is_one_receptor() {
        List<String> read = read("The 5-HT(2B/2C)-receptor antagonist trovaxiren raised glucose, but the 5-HT(4) receptor "
                + "antagonist dexlomavir did not.");
        assertTrue(read.contains("trovaxiren blocks 5-HT(2B/2C) receptor"), read.toString());
        assertTrue(read.contains("dexlomavir blocks 5-HT(4) receptor"), read.toString());
    }

    @Test
    void test_reactive_oxygen_species_are_no_protein_a_scavenger_blocks() {
        List<String> read = read("The ROS inhibitor dexlomavir reduced the damage.");
        assertFalse(read.stream().anyMatch(x -> x.contains(" blocks ")), read.toString());
    }

    @Test
    void test_an_adrenoceptor_or_a_bare_subtype_before_a_class_is_a_receptor() {
        List<String> read = read("Trovaxiren is an alpha(1A)-adrenoceptor antagonist that was used in these experiments.");
        assertTrue(read.contains("trovaxiren blocks alpha(1A)-adrenoceptor"), read.toString());
        List<String> bare = read("The effect was due to combined 5-HT(2A) and D(2) blockade by dexlomavir in these rats.");
        assertTrue(bare.contains("dexlomavir blocks 5-HT(2A) receptor"), bare.toString());
        assertTrue(bare.contains("dexlomavir blocks D(2) receptor"), bare.toString());
    }

    @Test
    void test_a_target_named_before_the_noun_of_inhibition_is_blocked_by_the_agent() {
        List<String> read = read("We measured the extent of human cyclooxygenase-1 (COX-1) inhibition by dexlomavir in blood.");
        assertTrue(read.contains("dexlomavir blocks COX-1"), read.toString());
        List<String> block = read("We examined the specificity of dexlomavir block of recombinant CXCR4 receptors.");
        assertTrue(block.contains("dexlomavir blocks CXCR4"), block.toString());
    }

    @Test
    void test_a_long_description_and_selective_for_link_a_class_to_its_name_and_target() {
        List<String> read = read("Dexlomavir (AB-1234), a potent oral multi-targeted kinase inhibitor against CXCR4, is new.");
        assertTrue(read.contains("dexlomavir blocks CXCR4"), read.toString());
        List<String> selective = read("Dexlomavir, a quinazoline tyrosine kinase inhibitor selective for the EGFR, has shown activity.");
        assertTrue(selective.contains("dexlomavir blocks EGFR"), selective.toString());
    }

    @Test
    void test_a_contrast_is_no_apposition_of_the_class_after_it() {
        List<String> read = read("CCR5 antagonists such as dexlomavir, but not the CXCR4 antagonists, slowed the disease.");
        assertFalse(read.contains("dexlomavir blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_drug_acting_through_the_inhibition_of_a_protein_blocks_it() {
        List<String> read = read("In this study dexlomavir improved colitis in rats through inhibition of the TLR4 pathway.");
        assertTrue(read.contains("dexlomavir blocks TLR4"), read.toString());
        List<String> chemokine = read("CXCL12 recruits T cells through the blockade of CXCR7 on the vessels.");
        assertFalse(chemokine.stream().anyMatch(x -> x.contains(" blocks ")), chemokine.toString());
    }

    @Test
    void test_each_target_with_its_drug_in_brackets_is_blocked_by_that_drug() {
        List<String> read = read("Blockade of CCR1 (dexlomavir, 100 microM) and CXCR2 (trovaxiren; 30 microM) was tested in cells.");
        assertTrue(read.contains("dexlomavir blocks CCR1"), read.toString());
        assertFalse(read.contains("dexlomavir blocks CXCR2"), read.toString());
    }

    @Test
    void test_a_dose_with_its_own_brackets_stays_inside_the_parenthetical() {
        List<String> read = read("Dexlomavir (10(-5) M), a selective CCR5 antagonist, showed no effect on the migration.");
        assertTrue(read.contains("dexlomavir blocks CCR5"), read.toString());
    }

    @Test
    void test_a_bracketed_abbreviation_stands_for_an_unrecognised_name_before_a_class() {
        List<String> read = read("Depletion by ornithyl-quinamide (AB-1234), a specific inhibitor of CXCR4, "
                + "decreased the index.");
        assertTrue(read.contains("AB-1234 blocks CXCR4"), read.toString());
    }

    @Test
    void test_their_inhibitory_effects_are_the_effects_of_the_clause_subject() {
        List<String> read = read("Dexlomavir and maraviroc were investigated for their inhibitory effects against CXCR4 in cells.");
        assertTrue(read.contains("dexlomavir blocks CXCR4"), read.toString());
        assertTrue(read.contains("maraviroc blocks CXCR4"), read.toString());
    }

    @Test
    void test_pairs_of_drug_and_class_are_read_pair_by_pair() {
        List<String> read = read("Pretreatment with dexlomavir (1 microM), a CCR5 antagonist, trovaxiren (10 microM), a CXCR2 "
                + "antagonist, had no effect.");
        assertTrue(read.contains("dexlomavir blocks CCR5"), read.toString());
        assertFalse(read.contains("trovaxiren blocks CCR5"), read.toString());
    }

    @Test
    void test_a_targets_own_abbreviation_in_brackets_is_no_drug_used_against_it(@TempDir Path dir) throws Exception {
        // as in DrugBank, where GnRH is a synonym of the drug gonadorelin
        Path lexicon = dir.resolve("drugs.tsv");
        Files.writeString(lexicon, "# test lexicon\ndb-1\tDrug\tgonadorelin\tgonadorelin|GnRH\tDrugBank:DB00644\tcs\n");
        String text = "Pre-administration of a gonadotrophin releasing hormone (GnRH) antagonist abolishes this.";
        Document doc = new Document("test", "test", text, "test", Optional.empty(), "0", PageLayout.proseBlocks(text));
        List<String> read = new Pipeline(List.of(lexicon)).extract(doc).statements().stream().map(Readings::show).toList();
        assertFalse(read.stream().anyMatch(x -> x.contains(" blocks ")), read.toString());
    }
}
