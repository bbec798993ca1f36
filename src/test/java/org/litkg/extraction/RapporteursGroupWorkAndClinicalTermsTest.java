package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-eighty-fourth held-out set (an incident bulletin, a rapporteur's summary, a nurse's
 * reflective account, a prior authorization letter) showed missing on its first run. Every sentence is written for the
 * test.
 */
class RapporteursGroupWorkAndClinicalTermsTest {

    @Test
    void test_a_role_line_with_the_institution_in_brackets_places_the_person_and_a_bare_department_does_not() {
        List<String> placed = read("Workshop 4: chemokines in the gut\nRapporteur: Dr. Iona Kerr-Mbatha (University of "
                + "Dundee)\n\nThe workshop heard that CCL25 binds CCR9 on gut-homing T cells.\n");
        assertTrue(placed.contains("Iona Kerr-Mbatha affiliatedWith University of Dundee"), placed.toString());
        List<String> unplaced = read("Lecture 3 notes\nLecturer: Dr. Iona Kerr-Mbatha (Department of Pathology)\n\n"
                + "The lecture showed that CCL25 binds CCR9 on gut-homing T cells.\n");
        assertFalse(unplaced.stream().anyMatch(r -> r.contains("affiliatedWith")), unplaced.toString());
    }

    @Test
    void test_a_lesson_plans_teacher_and_a_thesis_reports_candidate_and_supervisor_belong_to_the_letterhead() {
        List<String> lesson = read("Brackenfield School\nYear 12 Biology Lesson Plan\nTeacher: Ms. Delphine Oyelaran-Ward\n\n"
                + "Stromal cells in the bone marrow secrete CXCL12, which binds CXCR4 on stem cells.\n");
        assertTrue(lesson.contains("Delphine Oyelaran-Ward affiliatedWith Brackenfield School"), lesson.toString());
        List<String> thesis = read("University of Kelston\nJoint report of the examiners\n\nCandidate: Tobias Mwangi-Holt\n"
                + "Supervisor: Professor Ines Carvalho-Lund\n\nThe candidate showed that CCL21 binds CCR7 on dendritic "
                + "cells.\n\nMedia contact: Orla Brennan-Achebe, Press Officer\n");
        assertTrue(thesis.contains("Tobias Mwangi-Holt affiliatedWith University of Kelston"), thesis.toString());
        assertTrue(thesis.contains("Ines Carvalho-Lund affiliatedWith University of Kelston"), thesis.toString());
        assertFalse(thesis.contains("Orla Brennan-Achebe affiliatedWith University of Kelston"), thesis.toString());
    }

    @Test
    void test_her_groups_work_is_a_study_she_leads() {
        List<String> read = read("Professor Dagny Solheim-Achebe (University of Bergen) opened with her group's work on "
                + "lupus. Plasmacytoid dendritic cells release interferon-alpha in the skin. The study was published in "
                + "Arthritis & Rheumatology last year.");
        assertTrue(read.contains("study ledBy Dagny Solheim-Achebe"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bergen"), read.toString());
    }

    @Test
    void test_calcineurin_and_cytokine_release_syndrome_are_named() {
        List<String> names = typedNames("Ciclosporin blocks calcineurin in T cells. Teclistamab can cause cytokine "
                + "release syndrome.");
        assertTrue(names.contains("PROTEIN calcineurin"), names.toString());
        assertTrue(names.contains("DISEASE cytokine release syndrome"), names.toString());
        assertTrue(read("Ciclosporin blocks calcineurin in T cells and so prevents rejection.")
                .contains("ciclosporin blocks calcineurin"), "the block");
    }
}
