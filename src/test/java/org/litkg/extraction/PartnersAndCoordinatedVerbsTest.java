package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the twenty-eighth held-out set showed litkg missing or misreading: "the drug" after a sentence that names
 * only a regimen's partners, a drug "taken with" others, "both drugs" named in two sentences, "X and his colleagues",
 * a negated verb coordinated after an object with "itself", a relative clause after a maker's name, a predicate noun
 * a relative clause's object stands for, a receptor "inside" cells; and neither a pathway that is switched on bound
 * nor a place where results were presented taken for a journal.
 * Every sentence is written for the test.
 */
class PartnersAndCoordinatedVerbsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_the_drug_after_a_sentence_naming_only_partners_is_the_drug_the_text_is_about() {
        List<String> read = read("Its pill capivasertib, taken with palbociclib and fulvestrant, helped women live longer. "
                + "Capivasertib inhibits AKT1. Survival was 34 months, versus 27 months with palbociclib and fulvestrant "
                + "plus a placebo. The data were presented in Texas. The U.S. Food and Drug Administration cleared the drug "
                + "in 2024.");
        assertTrue(read.contains("capivasertib combinedWith palbociclib"), read.toString());
        assertTrue(read.contains("capivasertib approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("fulvestrant approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("study publishedIn Texas"), read.toString()); // presented in a place, not a journal
    }

    @Test
    void test_both_drugs_named_in_two_sentences_are_both_combined() {
        List<String> read = read("The drug seladelpar activates PPAR-delta. The FDA approved elafibranor in June. Both drugs "
                + "are meant to be taken together with ursodeoxycholic acid.");
        assertTrue(read.contains("seladelpar combinedWith ursodeoxycholic acid"), read.toString());
        assertTrue(read.contains("elafibranor combinedWith ursodeoxycholic acid"), read.toString());
    }

    @Test
    void test_a_researcher_and_his_colleagues_lead_the_study() {
        List<String> read = read("Erik Stroes of Amsterdam UMC and his colleagues published the results.");
        assertTrue(read.contains("study ledBy Erik Stroes"), read.toString());
    }

    @Test
    void test_a_negated_verb_after_an_object_and_itself_keeps_the_first_subject() {
        List<String> read = read("Itepekimab neutralizes IL-33 itself and does not bind ST2.");
        assertTrue(read.contains("itepekimab binds ST2 NEG"), read.toString());
        assertFalse(read.stream().anyMatch(l -> l.startsWith("IL-33 binds ST2")), read.toString());
    }

    @Test
    void test_a_relative_clause_after_a_makers_name_is_about_the_drug() {
        List<String> read = read("The agency approved elafibranor, made by Ipsen, which activates both PPAR-alpha and "
                + "PPAR-delta.");
        assertTrue(read.contains("elafibranor binds PPAR-alpha"), read.toString());
        assertTrue(read.contains("elafibranor binds PPAR-delta"), read.toString());
    }

    @Test
    void test_a_predicate_noun_and_a_receptor_inside_cells_are_read() {
        List<String> read = read("IL-33 is an alarm signal that damaged airway epithelial cells release. PPAR-delta is "
                + "a receptor inside liver cells.");
        assertTrue(read.contains("airway epithelial cell secretes IL-33"), read.toString());
        assertTrue(read.contains("PPAR-delta expressedOn liver cell"), read.toString());
    }

    @Test
    void test_switching_on_a_pathway_binds_nothing() {
        List<String> read = read("Colorectal tumours escape KRAS inhibition by switching on EGFR signalling.");
        assertFalse(read.stream().anyMatch(l -> l.contains("binds EGFR")), read.toString());
    }
}
