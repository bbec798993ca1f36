package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-eighty-second held-out set (a product information extract, a think tank's summary, an
 * examination question, a clinic letter) showed missing on its first run. Every sentence is written for the test.
 */
class ClinicLettersExamAnswersAndExamplesTest {

    private static final String CLINIC_LETTER = "Department of Dermatology\n"
            + "Royal Victoria Infirmary, Newcastle upon Tyne Hospitals NHS Foundation Trust\n\n"
            + "Dear Ms Okonkwo-Hale,\n\nWe agreed to start abrocitinib, a tablet that blocks JAK1, for your eczema.\n\n"
            + "Yours sincerely,\n\nDr. Tamsin Achterberg-Lowe\nConsultant Dermatologist\n\n"
            + "cc: Dr. Idris Penhaligon, Walker Road Family Practice\n";

    @Test
    void test_a_letters_signature_of_a_name_and_a_post_works_at_the_hospital_its_heading_names() {
        List<String> read = read(CLINIC_LETTER);
        assertTrue(read.stream().anyMatch(r -> r.startsWith("Tamsin Achterberg-Lowe affiliatedWith")
                && (r.endsWith("Royal Victoria Infirmary") || r.endsWith("Newcastle upon Tyne Hospitals NHS Foundation Trust"))),
                read.toString());
    }

    @Test
    void test_a_letters_copy_line_places_the_doctor_at_the_practice() {
        List<String> read = read(CLINIC_LETTER);
        assertTrue(read.contains("Idris Penhaligon affiliatedWith Walker Road Family Practice"), read.toString());
        assertFalse(read.stream().anyMatch(r -> r.startsWith("Idris Penhaligon affiliatedWith Newcastle")), read.toString());
    }

    @Test
    void test_an_examination_setter_and_a_reports_authors_work_where_the_heading_says() {
        List<String> exam = read("University of Kelston Medical School\nYear 2 Pharmacology Paper 1\n"
                + "Setter: Dr. Moira Quist-Adebayo\n\nModel answer\nPlerixafor blocks CXCR4 on stem cells.\n");
        assertTrue(exam.contains("Moira Quist-Adebayo affiliatedWith University of Kelston Medical School"), exam.toString());
        List<String> report = read("Harrowgate Institute for Health Policy\nReport 2026/3\n\nKey findings\n\n"
                + "Guselkumab binds IL-23 and costs more than any other skin medicine.\n\n"
                + "Report authors: Dr. Anya Ferreira-Bloom, Senior Fellow, and Tobias Lindqvist-Hart, Research Analyst\n");
        assertTrue(report.contains("Anya Ferreira-Bloom affiliatedWith Harrowgate Institute for Health Policy"),
                report.toString());
        assertTrue(report.contains("Tobias Lindqvist-Hart affiliatedWith Harrowgate Institute for Health Policy"),
                report.toString());
    }

    @Test
    void test_a_class_and_its_example_after_for_example_are_both_partners() {
        List<String> read = read("Maraviroc is always given with other antiretrovirals, for example dolutegravir.");
        assertTrue(read.contains("maraviroc combinedWith dolutegravir"), read.toString());
    }

    @Test
    void test_an_owned_and_described_subject_keeps_its_second_verb() {
        List<String> read = read("a) HIV's envelope protein gp120 binds CD4 on CD4 T cells and then binds a co-receptor, "
                + "CCR5 or CXCR4.");
        assertTrue(read.contains("gp120 binds CCR5"), read.toString());
        assertFalse(read.contains("CD4 binds CCR5"), read.toString());
    }

    @Test
    void test_a_holders_line_with_city_and_country_and_common_rheumatic_diseases_are_recognised() {
        List<String> names = typedNames("Her ankylosing spondylitis flared after shingles.\n\n"
                + "Marketing authorisation holder\n\nBrellstone Pharma, S.A., Barcelona, Spain\n");
        assertTrue(names.contains("DISEASE ankylosing spondylitis"), names.toString());
        assertTrue(names.contains("DISEASE herpes zoster"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("ORGANIZATION Brellstone Pharma")), names.toString());
    }
}
