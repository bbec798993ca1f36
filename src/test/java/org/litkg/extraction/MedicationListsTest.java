package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A clinic's printed medication list names its drugs and what each is for. The text is written for the test. */
class MedicationListsTest {

    @Test
    void test_a_medication_lists_dose_lines_name_their_drugs_and_diseases() {
        List<String> names = typedNames("""
                Medication list - printed 27 Nov 2026

                Mavorixafor 400 mg once daily - for WHIM syndrome (blocks CXCR4, the overactive receptor)
                Filgrastim 5 micrograms/kg twice weekly - for low neutrophil counts
                """);
        assertTrue(names.contains("DRUG mavorixafor"), names.toString());
        assertTrue(names.contains("DRUG filgrastim"), names.toString());
        assertTrue(names.contains("DISEASE WHIM syndrome"), names.toString());
    }

    @Test
    void test_a_dose_lines_bracketed_note_is_said_of_its_drug() {
        List<String> read = read("""
                Mavorixafor 400 mg once daily - for WHIM syndrome (blocks CXCR4, the overactive receptor)
                Filgrastim 5 micrograms/kg twice weekly - for low neutrophil counts
                """);
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
        assertTrue(read.stream().noneMatch(l -> l.startsWith("filgrastim")), read.toString());
    }
}
