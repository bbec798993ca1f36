package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.EntityType;

/**
 * Readings the hundred-and-twelfth held-out set (a local paper's fun-run story, a wire service's patent-court report, a
 * pet-health magazine's veterinary story, a science festival talk report) showed wrong or missing on its first run.
 * Every sentence is written for the test.
 */
class FundRunsCourtsPetsAndFestivalsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    private static boolean hasEntity(String text, String name, EntityType type) {
        return Readings.entities(text).stream().anyMatch(e -> e.preferredName().equals(name) && e.type() == type);
    }

    @Test
    void test_the_second_verb_of_a_subject_shares_its_subject_past_the_first_verbs_object() {
        List<String> read = read("Osteosarcoma often spreads to the lungs. Cells in the lungs produce CXCL12, and the "
                + "osteosarcoma cells carry CXCR4. The chemokine lures the tumour cells out of the bloodstream and holds "
                + "them in the lung.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("bloodstream sequesters")), read.toString());
        assertTrue(read.contains("CXCL12 sequesters osteosarcoma"), read.toString());
    }

    @Test
    void test_chemokines_that_draw_in_cells_after_a_comma_leave_their_makers_out() {
        List<String> read = read("In Hodgkin lymphoma the cancer cells, called Reed-Sternberg cells, are few. They release "
                + "two chemokines, CCL17 and CCL22, that draw in regulatory T cells, which carry a receptor called CCR4.");
        assertTrue(read.contains("Reed-Sternberg cell secretes CCL22"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains(" sequesters ")), read.toString());
    }

    @Test
    void test_money_to_test_a_drug_together_with_another_is_a_hedged_combination() {
        List<String> read = read("The money raised on Sunday will pay for a technician to test BN-4410 together with "
                + "nivolumab, an antibody that blocks PD-1.");
        assertTrue(read.contains("BN-4410 combinedWith nivolumab HEDGE"), read.toString());
        assertTrue(read.contains("nivolumab blocks PD-1"), read.toString()); // the partner's description is no test
    }

    @Test
    void test_a_drug_with_a_long_description_is_combined_with_the_drug_given_together_with_it() {
        List<String> read = read("The team then gave plerixafor, a drug that blocks CXCR4 and is approved for people by "
                + "the FDA, to 12 dogs after amputation, together with the standard chemotherapy drug carboplatin.");
        assertTrue(read.contains("plerixafor combinedWith carboplatin"), read.toString());
    }

    @Test
    void test_the_dying_cells_after_a_treatment_kills_the_tumour_are_the_tumours() {
        List<String> read = read("Many breast tumours make interleukin-8. A few breast cancer stem cells carry CXCR1 and "
                + "survive chemotherapy. \"Chemotherapy kills the bulk of the tumour, and the dying cells release even more "
                + "interleukin-8, which wakes the stem cells up,\" he said.");
        assertFalse(read.contains("stem cell secretes CXCL8"), read.toString());
    }

    @Test
    void test_a_few_before_a_cancer_is_no_part_of_its_name() {
        String text = "A few breast cancer stem cells carry CXCR1.";
        assertFalse(Readings.entities(text).stream().anyMatch(e -> e.preferredName().contains("few")),
                Readings.entities(text).toString());
    }

    @Test
    void test_cells_that_pump_out_chemokines_are_no_pump_and_secrete_them() {
        String text = "A study found that pancreatic cancer cells pump out the chemokines CXCL1 and CXCL5.";
        assertFalse(Readings.entities(text).stream().anyMatch(e -> e.preferredName().contains("pump")),
                Readings.entities(text).toString());
        assertTrue(read(text).contains("pancreatic cancer secretes CXCL5"), read(text).toString());
    }

    @Test
    void test_a_name_given_an_age_between_commas_is_a_person() {
        assertTrue(hasEntity("The run was started in 2022 by Owen Tregarthen-Mbeki, 31, a local plumber who was treated "
                + "for the disease at 24.", "Owen Tregarthen-Mbeki", EntityType.PERSON));
    }

    @Test
    void test_a_judge_named_with_her_court_is_a_person_without_the_court() {
        assertTrue(hasEntity("Patients already enrolled may continue treatment, U.S. District Judge Eleanor Voss-Adebayo "
                + "wrote.", "Eleanor Voss-Adebayo", EntityType.PERSON));
    }
}
