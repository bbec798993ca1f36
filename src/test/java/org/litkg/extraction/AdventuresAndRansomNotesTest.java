package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A heading in capitals whose English words end in R like a receptor's symbol and whose antibody is named in capitals,
 * and cells a chemokine holds "here". Every text is written for the test.
 */
class AdventuresAndRansomNotesTest {

    @Test
    void test_a_capitals_headings_words_are_no_receptors_and_its_antibody_is_a_drug() {
        String note = """
                WE HAVE YOUR TOCILIZUMAB

                It binds the IL-6 receptor, and without it your assay fails. Leave doughnuts by the cold room.
                """;
        List<String> read = read(note);
        assertTrue(read.contains("tocilizumab binds IL6 receptor"), read.toString());
        assertFalse(typedNames(note).contains("RECEPTOR YOUR"), typedNames(note).toString());
    }

    @Test
    void test_a_chemokine_that_holds_cells_here_sequesters_them() {
        List<String> read = read("""
                You are in the bone marrow. CXCL12 holds the stem cells here, and they cannot leave.
                """);
        assertTrue(read.contains("CXCL12 sequesters stem cell"), read.toString());
    }
}
