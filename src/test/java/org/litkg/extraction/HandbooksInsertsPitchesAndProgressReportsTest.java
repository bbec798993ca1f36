package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifty-second held-out set (a group's handbook, a prescribing information, a pitch's notes, a
 * grant's progress report) showed missing on its first run. Every sentence is written for the test.
 */
class HandbooksInsertsPitchesAndProgressReportsTest {

    @Test
    void test_a_grant_reports_co_investigator_field_places_the_co_investigator() {
        List<String> read = read("PROGRESS REPORT\n\nCo-investigator: Dr. Paul Ngassa-Perrin, University of Buea\n\n"
                + "In year 2 we enrolled 140 of the 200 planned participants.\n");
        assertTrue(read.contains("Paul Ngassa-Perrin affiliatedWith University of Buea"), read.toString());
    }

    @Test
    void test_a_french_institutions_name_runs_through_sur_les_and_et_autres() {
        List<String> names = typedNames("The work was done at the Institut de Recherche sur les Parasites et autres "
                + "Maladies Infectieuses in Douala.");
        assertTrue(names.contains(
                "ORGANIZATION Institut de Recherche sur les Parasites et autres Maladies Infectieuses"), names.toString());
    }

    @Test
    void test_a_grant_reports_lead_institution_field_is_where_its_work_is_done() {
        List<String> read = read("ANNUAL PROGRESS REPORT\n\nLead institution: University of Buea\n"
                + "Principal investigator: Dr. Grace Kameni-Voss\n\n"
                + "In year 1 we found that endothelial cells produce CX3CL1, which binds CX3CR1 on monocytes.\n");
        assertTrue(read.contains("study conductedBy University of Buea"), read.toString());
        assertTrue(read.contains("study ledBy Grace Kameni-Voss"), read.toString());
    }

    @Test
    void test_the_seed_lexicon_knows_loiasis() {
        List<String> names = typedNames("Loiasis is spread by deer flies in the rainforests of Central Africa.");
        assertTrue(names.contains("DISEASE Loiasis") || names.contains("DISEASE loiasis"), names.toString());
    }
}
