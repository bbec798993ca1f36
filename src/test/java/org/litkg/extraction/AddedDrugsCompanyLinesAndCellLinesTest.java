package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-eighty-third held-out set (an impact case study, a monitoring committee's letter, a
 * conference trip report, a practical report) showed missing on its first run. Every sentence is written for the test.
 */
class AddedDrugsCompanyLinesAndCellLinesTest {

    @Test
    void test_the_drug_added_to_another_is_the_doer_of_what_the_adding_did() {
        List<String> read = read("In these mice CXCL12 holds leukaemic stem cells in the bone marrow. Adding the CXCR4 "
                + "antagonist burixafor to azacitidine freed those cells into the blood within hours.");
        assertTrue(read.contains("burixafor mobilizes leukaemic stem cell"), read.toString());
        assertFalse(read.contains("azacitidine mobilizes leukaemic stem cell"), read.toString());
        assertTrue(read.contains("burixafor combinedWith azacitidine"), read.toString());
    }

    @Test
    void test_an_addressees_line_with_a_company_and_its_legal_form_places_her_there() {
        List<String> read = read("To: Dr. Ottilie Brandvold-Mensah, Chief Medical Officer, Harrowmere Oncology Ltd\n"
                + "Re: Interim review\n\nThe Committee found that KRN-12 blocks CCR4 in every biopsy taken so far.\n");
        assertTrue(read.contains("Ottilie Brandvold-Mensah affiliatedWith Harrowmere Oncology Ltd"), read.toString());
    }

    @Test
    void test_common_cell_lines_the_heart_and_heart_attacks_and_bet_inhibitors_are_named() {
        List<String> names = typedNames("Jurkat T cells and HEK293 cells carry CXCR4. After a heart attack, the heart "
                + "muscle scars. Pelabresib was given to some of the mice.");
        assertTrue(names.contains("CELL_TYPE Jurkat cells"), names.toString());
        assertTrue(names.contains("CELL_TYPE HEK293 cells"), names.toString());
        assertTrue(names.contains("DISEASE myocardial infarction"), names.toString());
        assertTrue(names.contains("TISSUE heart"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.equalsIgnoreCase("DRUG pelabresib")), names.toString());
    }
}
