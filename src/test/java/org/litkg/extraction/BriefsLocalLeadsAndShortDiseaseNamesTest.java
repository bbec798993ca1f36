package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 346 showed litkg missing: a brief's topic label before the subject a second verb shares
 * ("Gout: Macrophages make CXCL8 and trap neutrophils there"), a leader after an adverb ("led locally by"), and a
 * disease named by its possessive alone ("people with Crohn's"). Every sentence is written for the test.
 */
class BriefsLocalLeadsAndShortDiseaseNamesTest {

    @Test
    void test_a_second_verb_shares_the_subject_after_a_briefs_topic_label() {
        List<String> read = Readings.read("Gout: Synovial macrophages make CXCL8 and trap neutrophils in the joint.");
        assertTrue(read.contains("synovial macrophage sequesters neutrophil")
                || read.contains("macrophage sequesters neutrophil"), read.toString());
        assertFalse(read.contains("CXCL8 sequesters neutrophil"), read.toString());
    }

    @Test
    void test_a_leader_after_an_adverb_leads_the_trial() {
        List<String> read = Readings.read("The ORBIT-3 trial is led locally by Dr. Hana Novak, a consultant at the "
                + "Royal Free Hospital.");
        assertTrue(read.contains("study ledBy Hana Novak"), read.toString());
        assertTrue(Readings.read("The trial was led jointly by Dr. Hana Novak.").contains("study ledBy Hana Novak"));
    }

    @Test
    void test_a_disease_named_by_its_possessive_alone_is_a_disease() {
        List<String> names = Readings.typedNames("About one in three people with Crohn's stop responding to it.");
        assertTrue(names.contains("DISEASE Crohn's disease"), names.toString());
    }
}
