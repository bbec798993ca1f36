package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 348 showed litkg missing: a drug's formulation before an object relative ("Tacrolimus
 * ointment, which the FDA approved"), the head of the laboratory an apposed member found something in ("X, a PhD
 * student in the lab of Professor Y at Z, has found that"), and ETH Zurich. Every sentence is written for the test.
 */
class FormulationsLabMembersAndSwissInstitutesTest {

    @Test
    void test_a_drugs_formulation_before_an_object_relative_is_the_drug() {
        List<String> read = Readings.read("Tacrolimus ointment, which the FDA approved in 2000, is still used.");
        assertTrue(read.stream().anyMatch(r -> r.startsWith("tacrolimus approvedBy")), read.toString());
    }

    @Test
    void test_the_head_of_the_lab_an_apposed_member_found_something_in_leads_the_study() {
        List<String> read = Readings.read("Ana Silva, a postdoc in the lab of Professor Jonas Weber at the University "
                + "of Bern, has found that CCL21 binds CCR7 on dendritic cells.");
        assertTrue(read.contains("study ledBy Jonas Weber"), read.toString());
        assertTrue(read.contains("study conductedBy University of Bern"), read.toString());
    }

    @Test
    void test_eth_zurich_is_an_organisation() {
        List<String> names = Readings.typedNames("The work was done at ETH Zurich and published in Nature.");
        assertTrue(names.contains("ORGANIZATION ETH Zurich"), names.toString());
    }
}
