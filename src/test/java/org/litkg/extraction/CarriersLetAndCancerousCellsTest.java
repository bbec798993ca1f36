package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 404 showed litkg giving "B cells carry CXCR5, which lets them follow CXCL13" to the cells named in the
 * sentence before, reading "relapsed" into a lymphoma's name and taking "the cancerous T cells in this lymphoma" for
 * T cells of any kind. The texts are written for the tests.
 */
class CarriersLetAndCancerousCellsTest {

    @Test
    void test_them_after_a_carried_receptor_that_lets_them_follow_a_signal_are_the_carriers() {
        List<String> read = Readings.read("Stromal cells make CCL21. Dendritic cells carry CCR7, which lets them "
                + "follow CCL21 into the lymph node.");
        assertTrue(read.contains("CCL21 binds CCR7"), read.toString());
        assertFalse(read.contains("CCR7 expressedOn stromal cell"), read.toString());
    }

    @Test
    void test_a_relapsed_cancer_is_named_without_its_course_and_its_cancerous_cells_are_it() {
        List<String> names = Readings.typedNames("Mosanlimab is approved for adults with relapsed peripheral T-cell "
                + "lymphoma.");
        assertTrue(names.contains("CANCER peripheral t-cell lymphoma"), names.toString());
        List<String> read = Readings.read("The drug is for peripheral T-cell lymphoma. The cancerous T cells in this "
                + "lymphoma carry CCR4.");
        assertFalse(read.contains("CCR4 expressedOn T cell"), read.toString());
    }
}
