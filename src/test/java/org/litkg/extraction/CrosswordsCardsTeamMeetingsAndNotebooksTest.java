package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.statements;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-sixty-second held-out set (a crossword setter's notes, a leaving card, a sarcoma team
 * meeting's outcome form, a laboratory notebook) showed missing on its first run, and a hedge that leaked out of a
 * relative clause. Every sentence is written for the test.
 */
class CrosswordsCardsTeamMeetingsAndNotebooksTest {

    /** The study node a statement of the relation with an object of that name is about. */
    private static Node studyOf(List<Statement> statements, RelationType relation, String object) {
        return statements.stream().filter(s -> s.relation() == relation && Readings.name(s.object()).equals(object))
                .findFirst().orElseThrow(() -> new AssertionError(relation + " " + object + " not read in "
                        + statements.stream().map(Readings::show).toList())).subject();
    }

    @Test
    void test_a_hedge_inside_a_closed_relative_clause_does_not_hedge_the_main_verb() {
        List<String> read = read("CCR8, which may be present on activated T cells, binds CCL1 in the skin.");
        assertTrue(read.contains("CCL1 binds CCR8"), read.toString());
        assertFalse(read.contains("CCL1 binds CCR8 HEDGE"), read.toString());
    }

    @Test
    void test_a_hedge_inside_a_relative_clause_still_hedges_the_clause_s_own_verb() {
        List<String> read = read("The team studied CCL1, which may bind CCR8 in the skin.");
        assertTrue(read.contains("CCL1 binds CCR8 HEDGE"), read.toString());
    }

    @Test
    void test_a_named_trial_after_a_published_mouse_study_is_a_study_of_its_own() {
        List<Statement> statements = statements("Dr. Ingrid Maasland-Okoye described the background. A mouse study "
                + "from her group at Leiden University, published in Blood, found that maraviroc slowed the tumours. "
                + "Patients may now receive maraviroc within the ORCHID-3 trial, which Dr. Maasland-Okoye leads and which "
                + "the Southampton Clinical Trials Unit runs.");
        List<String> read = statements.stream().map(Readings::show).toList();
        assertTrue(read.contains("study conductedBy Leiden University"), read.toString());
        assertTrue(read.contains("study conductedBy Southampton Clinical Trials Unit"), read.toString());
        assertNotEquals(studyOf(statements, RelationType.PUBLISHED_IN, "Blood"),
                studyOf(statements, RelationType.CONDUCTED_BY, "Southampton Clinical Trials Unit"), read.toString());
        assertEquals(studyOf(statements, RelationType.PUBLISHED_IN, "Blood"),
                studyOf(statements, RelationType.CONDUCTED_BY, "Leiden University"), read.toString());
    }

    @Test
    void test_a_trial_still_to_come_after_a_published_paper_is_a_study_of_its_own() {
        List<Statement> statements = statements("Your paper in Cancer Cell changed how we think about sarcoma. The "
                + "trial that follows from it, LANTERN-2, will be run at the Royal Marsden Hospital next year.");
        assertNotEquals(studyOf(statements, RelationType.PUBLISHED_IN, "Cancer Cell"),
                studyOf(statements, RelationType.CONDUCTED_BY, "The Royal Marsden"));
    }

    @Test
    void test_a_trial_called_by_name_after_a_published_paper_is_a_study_of_its_own() {
        List<Statement> statements = statements("Their work appeared in Nature Medicine last year and was widely read. "
                + "Now a trial called BEACON-7, run at the Christie in Manchester, gives the drug to adults.");
        assertNotEquals(studyOf(statements, RelationType.PUBLISHED_IN, "Nature Medicine"),
                studyOf(statements, RelationType.CONDUCTED_BY, "The Christie"));
    }

    @Test
    void test_the_unit_a_relative_clause_says_runs_the_trial_conducts_it_instead_of_the_leader_s_hospital() {
        List<String> read = read("Dr. Odile Varga-Lindahl is an oncologist at Addenbrooke's Hospital. The ARBOR-4 trial, "
                + "which Dr. Varga-Lindahl leads and which the Cambridge Clinical Trials Unit runs, opened in May.");
        assertTrue(read.contains("study ledBy Odile Varga-Lindahl"), read.toString());
        assertTrue(read.contains("study conductedBy Cambridge Clinical Trials Unit"), read.toString());
        assertFalse(read.contains("study conductedBy Addenbrooke's Hospital"), read.toString());
    }

    @Test
    void test_her_group_studied_makes_the_published_work_hers() {
        List<String> read = read("Dr. Wren Halvorsen-Achebe of Umeå University sent me the paper. Her group studied the "
                + "infection in sheep. The work was published in Veterinary Research in March.");
        assertTrue(read.contains("study ledBy Wren Halvorsen-Achebe"), read.toString());
        assertTrue(read.contains("study conductedBy Umeå University"), read.toString());
    }

    @Test
    void test_what_a_lab_studies_is_no_study_it_led() {
        List<String> read = read("Dr. Wren Halvorsen-Achebe of Umeå University is a vet. Her lab studies how sheep fight "
                + "worms in cold winters.");
        assertFalse(read.contains("study ledBy Wren Halvorsen-Achebe"), read.toString());
    }

    @Test
    void test_a_journal_named_by_an_organ_is_the_journal_where_the_work_was_published() {
        String text = "The mouse study was published in Thyroid last month by a team in Oslo.";
        assertTrue(read(text).contains("study publishedIn Thyroid"), read(text).toString());
        assertTrue(typedNames(text).contains("JOURNAL Thyroid"), typedNames(text).toString());
    }

    @Test
    void test_the_organ_in_lower_case_is_still_a_tissue() {
        String text = "In some patients the tumour spread to the thyroid before it was found.";
        assertFalse(typedNames(text).stream().anyMatch(n -> n.startsWith("JOURNAL")), typedNames(text).toString());
    }

    @Test
    void test_a_card_s_short_message_signed_after_a_dash_is_read() {
        List<String> read = read("GOOD LUCK!\n\nThanks for the biscuits. Macrophages release CCL2 in the lung. — Sigrun, "
                + "Flow Core\n");
        assertTrue(read.contains("macrophage secretes CCL2"), read.toString());
    }

    @Test
    void test_a_group_glad_to_have_someone_did_no_study() {
        List<String> read = read("Your paper in Cell Reports hangs in the tea room. Hasta luego, and good luck. The "
                + "Haukeland University Hospital group is thrilled to welcome you.");
        assertFalse(read.contains("study conductedBy Haukeland University Hospital"), read.toString());
    }

    @Test
    void test_a_name_signed_after_a_dash_is_a_person_and_your_pi_leads_no_study() {
        String text = "Your paper in Cell Reports hangs in the tea room. Enjoy the rain in Bergen. — Annelie "
                + "Brusewitz (your proud PI)";
        assertTrue(typedNames(text).contains("PERSON Annelie Brusewitz"), typedNames(text).toString());
        assertFalse(read(text).contains("study ledBy Annelie Brusewitz"), read(text).toString());
    }

    @Test
    void test_a_code_with_two_numbers_is_a_drug() {
        List<String> read = read("In the mice, KT-14-3 blocks CXCR2 on neutrophils within hours.");
        assertTrue(read.contains("KT-14-3 blocks CXCR2"), read.toString());
    }

    @Test
    void test_them_after_cells_with_an_unlisted_modifier_are_the_cells_the_chemokine_holds() {
        List<String> read = read("CCL2 binds CCR2 on circulating monocytes and keeps them in the liver.");
        assertTrue(read.contains("CCL2 sequesters monocyte"), read.toString());
    }

    @Test
    void test_a_drug_set_against_a_denied_approval_with_but_is_approved() {
        List<String> read = read("Ladarixin is not approved by the FDA, of course, but amoxicillin is, so the pilot was "
                + "easy to start.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("amoxicillin approvedBy") && !r.endsWith("NEG")),
                read.toString());
        assertTrue(read.stream().anyMatch(r -> r.startsWith("ladarixin approvedBy") && r.endsWith("NEG")),
                read.toString());
    }
}
