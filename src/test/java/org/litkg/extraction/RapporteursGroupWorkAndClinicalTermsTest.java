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
