package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Class phrases of pharmacology abstracts that ChemProt's training split showed unread: predicates and appositions
 * with more words than the patterns allowed, member lists in brackets, and names the tokenizer cuts. Every sentence is
 * written for the test.
 */
class PharmacologyPredicatesAndMemberListsTest {

    @Test
    void test_an_apposition_with_an_adjective_comma_names_its_drug() {
        List<String> read = read("The pharmacology of aliskiren, a novel, oral CXCR4 inhibitor, was studied.");
        assertTrue(read.contains("aliskiren blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_plural_class_after_a_selectivity_word_describes_each_coordinated_drug() {
        List<String> read = read("We conclude that carvedilol and dilevalol are CCR5 selective antagonists.");
        assertTrue(read.contains("carvedilol blocks CCR5"), read.toString());
        assertTrue(read.contains("dilevalol blocks CCR5"), read.toString());
    }

    @Test
    void test_a_plural_apposition_describes_each_drug_before_it() {
        List<String> read = read("AB-1234 and AB-5678, both specific inhibitors of CCR2, raised the counts.");
        assertTrue(read.contains("AB-1234 blocks CCR2"), read.toString());
        assertTrue(read.contains("AB-5678 blocks CCR2"), read.toString());
    }

    @Test
    void test_a_bracket_of_examples_after_a_class_names_its_members() {
        List<String> read = read("CXCR4 antagonists (e.g. plerixafor, mavorixafor and burixafor) mobilise stem cells.");
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("burixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_coordinated_predicate_class_after_specimen_words_takes_the_same_drug() {
        List<String> read = read("Lumiracoxib was found to be a poor inhibitor of purified ovine COX-1 and a weak "
                + "inhibitor of purified human COX-2.");
        assertTrue(read.contains("lumiracoxib blocks COX-1"), read.toString());
        assertTrue(read.contains("lumiracoxib blocks COX-2"), read.toString());
    }

    @Test
    void test_a_receptor_class_with_its_ligands_bracketed_short_form_finds_the_copula() {
        List<String> read = read("Conivaptan is a selective arginine vasopressin (AVP) V(2) receptor blocker.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("conivaptan blocks V(2)")), read.toString());
    }

    @Test
    void test_coined_names_a_bracket_lists_after_a_class_are_each_its_members() {
        List<String> read = read("We compared three inhibitors of SIRT1 (cambinol, sirtinol, EX527) in aortic rings.");
        assertTrue(read.contains("cambinol blocks SIRT1"), read.toString());
        assertTrue(read.contains("sirtinol blocks SIRT1"), read.toString());
        assertTrue(read.contains("EX527 blocks SIRT1"), read.toString());
    }

    @Test
    void test_a_classs_short_form_in_brackets_is_no_member() {
        List<String> typed = typedNames("Angiotensin receptor blockers (ARBs) lower blood pressure.");
        assertFalse(typed.contains("DRUG ARBs"), typed.toString());
    }

    @Test
    void test_a_transporter_named_with_its_ligands_short_form_is_a_target() {
        List<String> read = read("The selective norepinephrine (NE) transporter inhibitor reboxetine was given.");
        assertTrue(read.contains("reboxetine blocks norepinephrine transporter"), read.toString());
    }

    @Test
    void test_an_enzyme_written_with_its_locant_is_one_name() {
        List<String> read = read("They used zileuton, a specific inhibitor of 5-lipoxygenase.");
        assertTrue(read.contains("zileuton blocks 5-lipoxygenase"), read.toString());
    }

    @Test
    void test_a_definite_class_after_but_not_still_describes_its_drug() {
        List<String> read = read("JTH-601, but not the CCR5 antagonist maraviroc, antagonized the contractions.");
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_a_target_known_only_by_its_bracketed_short_form_is_the_classs() {
        List<String> read = read("It was antagonized by the non-specific chemokine receptor (CXCR4) inhibitor, TQ-4471.");
        assertTrue(read.contains("TQ-4471 blocks CXCR4"), read.toString());
    }

    @Test
    void test_an_adrenoceptor_written_short_is_a_receptor_a_class_names() {
        List<String> read = read("The selective beta1AR antagonists atenolol and metoprolol blocked the enhancement.");
        assertTrue(read.contains("atenolol blocks beta1AR"), read.toString());
        assertTrue(read.contains("metoprolol blocks beta1AR"), read.toString());
    }

    @Test
    void test_a_derivative_written_onto_its_parent_is_one_drug() {
        List<String> typed = typedNames("We measured N-desmethyl-imatinib in the plasma.");
        assertTrue(typed.contains("DRUG N-desmethyl-imatinib"), typed.toString());
    }

    @Test
    void test_a_definite_noun_right_before_a_name_is_that_name() {
        List<String> read = read("Aspirin helps. The activity of CXCR4 is blocked by the drug mavorixafor.");
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
        assertFalse(read.contains("aspirin blocks CXCR4"), read.toString());
    }

    @Test
    void test_each_agent_of_a_noun_of_inhibition_blocks_its_target() {
        List<String> read = read("Inhibition of CCR5 by maraviroc and vicriviroc reduced infection.");
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_respectively_pairs_agents_with_targets() {
        List<String> read = read("Blockade of CCR5 and CXCR4 with maraviroc and plerixafor, respectively, reduced entry.");
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertFalse(read.contains("maraviroc blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_potency_is_no_protein() {
        List<String> typed = typedNames("Delphinidin (IC50 78 uM) and pelargonidin (EC50 33 uM) inhibited CYP1A1.");
        assertTrue(typed.stream().noneMatch(x -> x.contains("IC50") || x.contains("EC50")), typed.toString());
    }
}
