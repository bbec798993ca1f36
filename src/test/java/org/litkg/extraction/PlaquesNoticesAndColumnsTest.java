package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plaques, inscriptions, a study's privacy notice and a health column. Texts written for the test. */
class PlaquesNoticesAndColumnsTest {

    @Test
    void test_a_persons_years_in_brackets_stand_between_them_and_their_workplace() {
        List<String> read = read("Named for Professor Adaeze Okonjo (1950-2020) of the University of Lagos, whose team "
                + "discovered that CCL19 and CCL21 bind CCR7.\n");
        assertTrue(read.contains("Adaeze Okonjo affiliatedWith University of Lagos"), read.toString());
        assertTrue(read.contains("study ledBy Adaeze Okonjo"), read.toString());
        assertTrue(read.contains("study conductedBy University of Lagos"), read.toString());
    }

    @Test
    void test_an_organisation_that_runs_a_named_study_conducts_it() {
        List<String> read = read("Who runs the study?\nThe University of Glasgow runs the ATLAS-CXCR4 study and is "
                + "responsible for your data.\n");
        assertTrue(read.contains("study conductedBy University of Glasgow"), read.toString());
    }

    @Test
    void test_an_inscriptions_person_with_years_and_post_who_showed_a_finding_leads_its_study() {
        List<String> read = read("In loving memory of Dr Tomas Berg, 1948-2019, immunologist at Uppsala University, "
                + "who showed that CCL5 binds CCR5. He loved this view.\n");
        assertTrue(read.contains("Tomas Berg affiliatedWith Uppsala University"), read.toString());
        assertTrue(read.contains("study ledBy Tomas Berg"), read.toString());
        assertTrue(read.contains("CCL5 binds CCR5"), read.toString());
    }

    @Test
    void test_a_drug_that_lets_or_helps_cells_leave_the_marrow_mobilizes_them() {
        List<String> read = read("A tablet called mavorixafor blocks CXCR4 and lets the neutrophils leave the marrow. "
                + "Plerixafor blocks CXCR4, which helps the stem cells leave the bone marrow.\n");
        assertTrue(read.contains("mavorixafor mobilizes neutrophil"), read.toString());
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
    }
}
