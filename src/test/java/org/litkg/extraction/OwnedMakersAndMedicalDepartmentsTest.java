package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 385 showed litkg missing a relative clause whose makers have an unnamed owner ("CXCL10, which the
 * graft's tubular cells release"), and dropping a drug company's "X Medical Information" letterhead as a heading.
 * The texts are written for the tests.
 */
class OwnedMakersAndMedicalDepartmentsTest {

    @Test
    void test_cells_owned_by_an_unnamed_thing_release_what_the_relative_clause_names() {
        List<String> read = Readings.read("The study found that CCL5, which the tumour's stromal cells release, "
                + "rises in the blood.");
        assertTrue(read.contains("stromal cell secretes CCL5"), read.toString());
    }

    @Test
    void test_a_drug_companys_medical_information_letterhead_names_the_company() {
        List<String> names = Readings.typedNames("Pfizer Medical Information\nReference: MI-2026-118\n\n"
                + "Dear Dr. Grey,\n\nThank you for your question. Maraviroc is an antagonist of CCR5.\n");
        assertTrue(names.contains("ORGANIZATION Pfizer"), names.toString());
    }
}
