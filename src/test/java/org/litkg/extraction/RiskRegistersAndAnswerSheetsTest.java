package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trial's risk register (a trial field that says what it tests, a cause that a drug's blocking releases cells) and
 * an escape room's answer sheet (cells placed in a patient's organ). Every text is written for the test.
 */
class RiskRegistersAndAnswerSheetsTest {

    private static final String REGISTER = "ORCA-2 trial - risk register (extract)\n\n"
            + "Trial: ORCA-2, a phase 2 trial of balixafortide combined with eribulin in metastatic breast cancer\n"
            + "Chief investigator: Dr. Nadia Kowalski-Ferreira, The Christie NHS Foundation Trust\n\n"
            + "Risk 4: White cell counts rise\nCause: balixafortide blocks CXCR4, which releases white cells from the "
            + "bone marrow.\n";

    @Test
    void test_a_trial_field_saying_what_it_tests_is_read() {
        List<String> read = read(REGISTER);
        assertTrue(read.contains("balixafortide combinedWith eribulin"), read.toString());
    }

    @Test
    void test_what_a_drugs_blocking_of_a_receptor_releases_the_drug_mobilises() {
        List<String> read = read(REGISTER);
        assertTrue(read.contains("balixafortide mobilizes white cell"), read.toString());
        List<String> binding = read("Notes\n\nPlerixafor blocks CXCR4, which binds CXCL12 from the bone marrow.\n");
        assertFalse(binding.stream().anyMatch(x -> x.startsWith("plerixafor binds")), binding.toString());
    }

    @Test
    void test_cells_in_a_patients_organ_are_the_subject_not_the_organ() {
        List<String> read = read("Escape room answer sheet\n\nPuzzle 1\nAnswer: CXCL8. The players read that the "
                + "airway epithelial cells in the patient's lungs release CXCL8, which binds CXCR2 on neutrophils.\n");
        assertTrue(read.contains("airway epithelial cell secretes CXCL8"), read.toString());
        assertFalse(read.contains("lung secretes CXCL8"), read.toString());
    }
}
