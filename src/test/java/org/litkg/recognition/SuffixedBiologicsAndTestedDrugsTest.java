package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the sixty-ninth and seventieth held-out sets showed litkg missing: a biologic written with the FDA's
 * four-letter suffix, drugs of no known stem named by a trial of them, by a denied or hedged block, or by the company
 * that makes them, and proteins the seed lexicon lacked. Every sentence is written for the test.
 */
class SuffixedBiologicsAndTestedDrugsTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_biologic_with_the_fda_suffix_is_the_drug_without_it() {
        String text = "The FDA approved Lynovex (velotamab-gcpt), which binds BCMA on myeloma cells, last week.";
        RecognizedDocument doc = Recognitions.recognize(text);
        assertEquals("velotamab", Recognitions.entityName(doc, "velotamab-gcpt"));
        assertEquals("velotamab", Recognitions.entityName(doc, "Lynovex"));
    }

    @Test
    void test_a_coined_word_a_trial_tests_or_that_does_not_block_a_protein_is_a_drug() {
        Map<String, String> m = mentions("The neurologists running a trial of dexpravixole in amyotrophic lateral sclerosis "
                + "noticed something odd. Dexpravixole does not block interleukin-5 or its receptor.");
        assertEquals("Drug", m.get("dexpravixole"), m.toString());
        assertEquals("Drug", m.get("Dexpravixole"), m.toString());
    }

    @Test
    void test_a_coined_word_a_company_makes_is_a_drug_and_a_word_a_person_makes_is_not() {
        Map<String, String> m = mentions("Eli Lilly, which makes muvalavlin, has begun a phase 3 outcomes trial. "
                + "The chef, who makes tagliatelle, has opened a restaurant.");
        assertEquals("Drug", m.get("muvalavlin"), m.toString());
        assertNull(m.get("tagliatelle"), m.toString());
    }

    @Test
    void test_tslp_plasminogen_and_b7_1_are_in_the_seed_lexicon() {
        Map<String, String> m = mentions("Tezepelumab blocks the alarm signal TSLP, a drug does not bind plasminogen, "
                + "and PD-L1 binds B7-1 on T cells.");
        assertEquals("Protein", m.get("TSLP"), m.toString());
        assertEquals("Protein", m.get("plasminogen"), m.toString());
        assertEquals("Protein", m.get("B7-1"), m.toString());
    }
}
