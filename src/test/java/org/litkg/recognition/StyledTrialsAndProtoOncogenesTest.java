package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the forty-eighth held-out set showed litkg missing or mistyping: a trial name styled with a lower-case first
 * letter, two numbered trials listed before "trials", the "c-" names of proto-oncogenes, ROS1 as a receptor, and
 * pulmonary arterial hypertension as more than "arterial hypertension". Every sentence is written for the test.
 */
class StyledTrialsAndProtoOncogenesTest {

    @Test
    void test_a_trial_styled_with_a_lower_case_first_letter_is_named_but_an_acronym_plural_is_not() {
        Map<String, String> m = Recognitions.mentions("The drug was approved on the strength of the eVOLVe trial. "
                + "The iPSCs study ran for a year.");
        assertEquals("ClinicalTrial", m.get("eVOLVe"), m.toString());
        assertFalse(m.containsKey("iPSCs"), m.toString());
    }

    @Test
    void test_two_numbered_trials_listed_before_trials_are_both_named() {
        Map<String, String> m = Recognitions.mentions("In the VELA 1 and VELA 2 trials, one in five patients responded.");
        assertEquals("ClinicalTrial", m.get("VELA 1"), m.toString());
        assertEquals("ClinicalTrial", m.get("VELA 2"), m.toString());
    }

    @Test
    void test_proto_oncogene_names_ros1_and_pulmonary_arterial_hypertension() {
        Map<String, String> m = Recognitions.mentions("Tests for c-KIT, c-Myc and ROS1 were done in patients with "
                + "pulmonary arterial hypertension.");
        assertEquals("Receptor", m.get("c-KIT"), m.toString());
        assertEquals("Protein", m.get("c-Myc"), m.toString());
        assertEquals("Receptor", m.get("ROS1"), m.toString());
        assertEquals("Disease", m.get("pulmonary arterial hypertension"), m.toString());
    }
}
