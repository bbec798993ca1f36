package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the thirty-fifth held-out set showed litkg missing or misreading: docking, acting on and modulating as
 * binding, holding a protein in an inactive shape as blocking, a chemokine holding a cancer's cells, a class named
 * in an apposition closed by commas, the subject after a fronted clause, a combination in the passive with no
 * partner after it, a workplace someone joined, a study that is "her work", and a class that is no partner. Every
 * sentence is written for the test.
 */
class DockingLockingAndReciprocalTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_docking_acting_on_and_modulating_are_binding() {
        List<String> read = read("CCL9 docks on CCR8. Korimod also acts on CCR7. Velimod is a pill that modulates "
                + "three chemokine receptors, CCR4, CCR6 and CCR9.");
        assertTrue(read.contains("CCL9 binds CCR8"), read.toString());
        assertTrue(read.contains("korimod binds CCR7"), read.toString());
        assertTrue(read.contains("velimod binds CCR6"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("velimod binds chemokine receptor")), read.toString());
    }

    @Test
    void test_locking_a_protein_in_an_inactive_shape_blocks_it_but_locking_a_deal_does_not() {
        List<String> read = read("Zeltinib locks TYK7 in an inactive shape. Zeltinib locked CXCR4 deals last year.");
        assertTrue(read.contains("zeltinib blocks TYK7"), read.toString());
        assertFalse(read.contains("zeltinib blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_chemokine_that_may_hold_a_cancers_cells_in_the_marrow_sequesters_them() {
        List<String> read = read("Myeloma cells pour out the chemokine CCL3. Later work suggested that the same "
                + "chemokine may also hold myeloma cells in the bone marrow.");
        assertTrue(read.contains("CCL3 sequesters myeloma HEDGE"), read.toString());
    }

    @Test
    void test_a_class_with_its_name_set_off_by_commas_but_not_a_list() {
        List<String> read = read("In mice, an experimental CCR1 antagonist, CCX991, halted the bone loss. "
                + "Patients got a 5-HT3 antagonist, dexamethasone, and aprepitant.");
        assertTrue(read.contains("CCX991 blocks CCR1"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("dexamethasone blocks")), read.toString());
    }

    @Test
    void test_it_after_a_fronted_clause_continues_the_topic() {
        List<String> read = read("Velimod is a pill that modulates three receptors, LP4A1, LP4A4 and LP4A5. "
                + "By binding LP4A1 on lymphocytes, it pulls the receptor inside the cell.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("LP4A5 binds")), read.toString());
        assertTrue(read.contains("velimod binds LP4A1"), read.toString());
    }

    @Test
    void test_drugs_combined_in_the_passive_and_the_two_drugs_are_partners() {
        List<String> read = read("Doctors say ibrutinib and venetoclax can be combined. Zelucimab was approved in "
                + "2023. Many patients also take efgartigimod, and doctors said the two drugs could be combined.");
        assertTrue(read.stream().anyMatch(x -> x.matches("(ibrutinib combinedWith venetoclax|venetoclax combinedWith "
                + "ibrutinib)")), read.toString());
        assertTrue(read.stream().anyMatch(x -> x.matches("(efgartigimod combinedWith zelucimab|zelucimab combinedWith "
                + "efgartigimod) HEDGE")), read.toString());
        List<String> added = read("Every patient kept taking a statin, and velimod was added.");
        assertFalse(added.stream().anyMatch(x -> x.contains("combinedWith")), added.toString());
    }

    @Test
    void test_a_class_named_for_its_target_is_no_partner() {
        List<String> read = read("Several groups hope to pair TYK7 blockers with biologics such as risankizumab.");
        assertFalse(read.stream().anyMatch(x -> x.contains("combinedWith")), read.toString());
    }

    @Test
    void test_a_researcher_leading_this_work_leads_it_but_one_heading_a_programme_does_not() {
        List<String> read = read("The trial was published in Nature. Jane Doe, the researcher leading this work, said "
                + "the drug helped. Tom Reed, who now heads the lymphoma programme at a hospital, agreed.");
        assertTrue(read.contains("study ledBy Jane Doe"), read.toString());
        assertFalse(read.contains("study ledBy Tom Reed"), read.toString());
    }

    @Test
    void test_a_joined_workplace_and_her_work_make_her_the_leader_and_her_workplace_its_home() {
        List<String> read = read("Helen Marsh, a haematologist, died last week. Marsh trained in London before joining the "
                + "University of Leeds in 1985. Her best-known work, published in Blood, showed that the cells secrete "
                + "CCL3. \"She was kind,\" said Tom Reed, who ran the mouse experiments and now heads the lymphoma "
                + "programme at a hospital in York.");
        assertTrue(read.contains("Helen Marsh affiliatedWith University of Leeds"), read.toString());
        assertTrue(read.contains("study ledBy Helen Marsh"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
        assertFalse(read.contains("study ledBy Tom Reed"), read.toString());
    }
}
