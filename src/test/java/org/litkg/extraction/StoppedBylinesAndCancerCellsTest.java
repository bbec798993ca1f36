package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings set 429 showed litkg missing: a conference abstract's byline and address printed as two sentences, each
 * closed by a full stop ("A, B, C. Department of X, Y University, City, Country."); "tumour cells" after a drug's two
 * indications ("approved for X and Y") read as both cancers' cells; "a chemokine that binds X and keeps them in place";
 * and a cancer's cells that "left the lymph nodes" once a drug blocked their receptor. Every text is written for the
 * test.
 */
class StoppedBylinesAndCancerCellsTest {

    @Test
    void test_a_stopped_byline_over_a_stopped_address_leads_and_places() {
        List<String> read = Readings.read("Abstract 204: CCL5 in the joint\n\nMarta Quell, Ivo Brandt, Lea Sommer. "
                + "Department of Rheumatology, Harbour University School of Medicine, Bergen, Norway.\n\n"
                + "Background: Synovial fibroblasts release CCL5 in inflamed joints of patients with arthritis.\n");
        assertTrue(read.contains("study ledBy Marta Quell"), read.toString());
        assertTrue(read.contains("study ledBy Lea Sommer"), read.toString());
        assertFalse(read.contains("study ledBy Ivo Brandt"), read.toString());
        assertTrue(read.stream().anyMatch(x -> x.startsWith("Ivo Brandt affiliatedWith Harbour University")),
                read.toString());
    }

    @Test
    void test_a_name_and_a_post_over_a_hospital_are_no_byline() {
        List<String> read = Readings.read("Journal club\n\nDr. Aisling Quell, Nephrology Registrar.\n\n"
                + "Harbour University Hospital, Dublin.\n\nThe trial tested a drug that blocks APRIL in IgA disease.\n");
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
    }

    @Test
    void test_a_stopped_sentence_about_a_university_after_names_is_no_address() {
        List<String> read = Readings.read("A title\n\nMarta Quell, Ivo Brandt, Lea Sommer.\n\n"
                + "Researchers at Harbour University found that fibroblasts release CCL5.\n");
        assertFalse(read.stream().anyMatch(x -> x.contains("Ivo Brandt affiliatedWith")), read.toString());
    }

    @Test
    void test_tumour_cells_after_two_coordinated_cancers_stay_the_cancer_in_focus_before_them() {
        List<String> read = Readings.read("Malignant T cells in mycosis fungoides carry CCR4. Velumab, an antibody "
                + "approved for mycosis fungoides and Sézary syndrome, depletes them. Tumour cells produced CCL17.");
        assertTrue(read.contains("mycosis fungoides secretes CCL17"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("zary syndrome secretes")), read.toString());
        List<String> latest = Readings.read("Ovarian cancer cells carry CXCR4. Breast and lung cancers are common. "
                + "Tumour cells produced CCL17.");
        assertTrue(latest.contains("lung cancer secretes CCL17"), latest.toString());
    }

    @Test
    void test_a_chemokine_that_keeps_cells_in_place_sequesters_them_but_keeping_a_disease_in_check_does_not() {
        List<String> read = Readings.read("Stromal cells make CXCL13, a chemokine that binds CXCR5 on the lymphoma "
                + "cells and keeps them in place. CXCL9 keeps the disease in check.");
        assertTrue(read.contains("CXCL13 sequesters lymphoma"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("CXCL9 sequesters")), read.toString());
    }

    @Test
    void test_a_cancers_cells_that_left_their_place_after_a_blocker_were_mobilised_by_it() {
        List<String> read = Readings.read("When the team treated mice with UTX-17, an antibody that blocks CXCR5, the "
                + "lymphoma cells left the lymph nodes and moved into the blood.");
        assertTrue(read.contains("UTX-17 mobilizes lymphoma"), read.toString());
        List<String> leukaemia = Readings.read("Plerixafor blocks CXCR4, and the leukaemia cells leave the bone marrow.");
        assertTrue(leukaemia.contains("plerixafor mobilizes leukaemia"), leukaemia.toString());
        List<String> remaining = Readings.read("Plerixafor blocks CXCR4, and the leukaemia cells left in the bone marrow "
                + "die.");
        assertFalse(remaining.stream().anyMatch(x -> x.contains("mobilizes")), remaining.toString());
        List<String> made = Readings.read("Plerixafor blocks CXCR4, and Hodgkin lymphoma cells pour out CCL17.");
        assertFalse(made.stream().anyMatch(x -> x.contains("mobilizes")), made.toString());
    }
}
