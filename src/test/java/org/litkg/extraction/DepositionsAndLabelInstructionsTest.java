package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.plain;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.readPlain;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deposition's numbered "Q." and "A." turns, a witness's own group, and a medicine label's instructions with no drug
 * of their own. Every text is written for the test.
 */
class DepositionsAndLabelInstructionsTest {

    private static final String DEPOSITION = "DEPOSITION OF DR. MARCUS ELLWOOD-PRICE\nPage 14\n\n"
            + " 3   Q.  What does plerixafor do?\n"
            + " 4   A.  It blocks the CXCR4 receptor, so stem cells leave the marrow and can be collected.\n"
            + " 5   Q.  Have you studied this yourself?\n"
            + " 6   A.  Yes. My group at Vanderbilt University published that work in Blood in 2019.\n";

    @Test
    void test_a_depositions_answer_is_read_after_its_question() {
        assertTrue(plain(DEPOSITION).contains("\nQ: What does plerixafor do?\nA: It blocks"), plain(DEPOSITION));
        List<String> read = readPlain(" 3   Q.  Is maraviroc approved by the FDA?\n"
                + " 4   A.  Yes. It was approved in 2007 for adults with HIV who carry CCR5-using virus.\n");
        assertTrue(read.contains("maraviroc approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_the_witness_of_a_deposition_leads_the_work_of_my_group() {
        List<String> read = readPlain(DEPOSITION);
        assertTrue(read.contains("study ledBy Marcus Ellwood-Price"), read.toString());
        assertTrue(read.contains("study conductedBy Vanderbilt University"), read.toString());
        assertTrue(read.contains("Marcus Ellwood-Price affiliatedWith Vanderbilt University"), read.toString());
    }

    @Test
    void test_my_lab_at_a_place_that_showed_a_finding_did_the_study_there_but_my_doctor_there_did_not() {
        List<String> lab = read("My lab at Vanderbilt University showed that plerixafor blocks CXCR4.");
        assertTrue(lab.contains("study conductedBy Vanderbilt University"), lab.toString());
        List<String> doctor = read("My doctor at Vanderbilt University said that plerixafor blocks CXCR4.");
        assertFalse(doctor.stream().anyMatch(l -> l.startsWith("study ")), doctor.toString());
    }

    @Test
    void test_a_labels_instruction_to_use_with_a_partner_is_the_labelled_drugs() {
        List<String> read = read("Motixafortide is a CXCR4 antagonist. Use with filgrastim to mobilise haematopoietic "
                + "stem cells for collection.");
        assertTrue(read.contains("motixafortide combinedWith filgrastim"), read.toString());
        assertTrue(read.contains("motixafortide mobilizes hematopoietic stem cell"), read.toString());
        assertFalse(read.contains("filgrastim mobilizes hematopoietic stem cell"), read.toString());
    }

    @Test
    void test_a_labels_instruction_not_to_use_with_a_drug_denies_the_combination() {
        List<String> read = read("Motixafortide is a CXCR4 antagonist. Do not use with rifampicin.");
        assertTrue(read.contains("motixafortide combinedWith rifampicin NEG"), read.toString());
        assertFalse(read.contains("motixafortide combinedWith rifampicin"), read.toString());
        List<String> noun = read("Motixafortide is a CXCR4 antagonist. Use with rifampicin is not recommended.");
        assertFalse(noun.contains("motixafortide combinedWith rifampicin"), noun.toString());
    }
}
