package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the forty-fifth held-out set showed litkg missing or misreading: an inhibitor of a counted class that
 * carries its family's symbol ("all three AKT isoforms, AKT1, AKT2 and AKT3"), a partner received "alongside", a
 * numbered group of cells in a coordinated subject, the agent of "by switching on" when the nearest drug is the
 * object of the clause, a plural pronoun after plural tumours, and a location read through a hyphened description.
 * Every sentence is written for the test.
 */
class IsoformsPartnersAndGerundsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_an_inhibitor_of_counted_isoforms_blocks_the_family_and_each_isoform() {
        List<String> read = read("Velasertib is an oral inhibitor of all three AKT isoforms, AKT1, AKT2 and AKT3.");
        assertTrue(read.contains("velasertib blocks AKT"), read.toString());
        assertTrue(read.contains("velasertib blocks AKT1"), read.toString());
        assertTrue(read.contains("velasertib blocks AKT3"), read.toString());
    }

    @Test
    void test_a_counted_class_with_a_symbol_lists_its_members() {
        List<String> read = read("Velacitinib is an inhibitor of two JAK kinases, JAK1 and JAK2.");
        assertTrue(read.contains("velacitinib blocks JAK1"), read.toString());
        assertTrue(read.contains("velacitinib blocks JAK2"), read.toString());
    }

    @Test
    void test_a_drug_received_alongside_another_is_combined_with_it() {
        List<String> read = read("Patients who received velokimab alongside their usual inhaled steroids had fewer attacks.");
        assertTrue(read.contains("velokimab combinedWith corticosteroid"), read.toString());
    }

    @Test
    void test_a_numbered_group_of_cells_joins_a_coordinated_subject() {
        List<String> read = read("Type 2 helper T cells and group 2 innate lymphoid cells release IL-13 in the airways.");
        assertTrue(read.contains("group 2 innate lymphoid cell secretes IL-13"), read.toString());
        assertTrue(read.contains("T-helper 2 cell secretes IL-13"), read.toString());
    }

    @Test
    void test_by_switching_on_is_done_by_the_clause_subject_not_its_object() {
        List<String> read = read("Velatinib blocks HER2. Tumour cells escape velatinib by switching on MET.");
        assertFalse(read.contains("velatinib binds MET"), read.toString());
    }

    @Test
    void test_they_after_plural_tumours_are_the_tumours() {
        List<String> read = read("Velotuzumab binds HER2 and is approved. Tumours may escape the drug, as they do other "
                + "therapies, possibly by switching on MET.");
        assertFalse(read.stream().anyMatch(r -> r.startsWith("velotuzumab binds MET")), read.toString());
    }

    @Test
    void test_a_location_is_read_through_a_hyphened_description() {
        List<String> read = read("Both viruses enter through NTCP, a bile-acid transporter on the surface of hepatocytes.");
        assertTrue(read.contains("NTCP expressedOn hepatocyte"), read.toString());
    }

    @Test
    void test_a_leader_works_at_a_hospital_named_for_two_founders() {
        List<String> read = read("The research was led by Ann Reid, a physician at Hugh's and St Anne's NHS Foundation "
                + "Trust in Leeds.");
        assertTrue(read.contains("Ann Reid affiliatedWith Hugh's and St Anne's NHS Foundation Trust"), read.toString());
    }

    @Test
    void test_it_after_a_plural_class_and_its_members_is_the_drug_before_them() {
        List<String> read = read("The FDA approved velinostat. Boys keep taking steroids such as prednisone or "
                + "deflazacort alongside it, because steroids calm the inflammation.");
        assertTrue(read.contains("prednisone combinedWith velinostat"), read.toString());
        assertFalse(read.contains("prednisone combinedWith corticosteroid"), read.toString());
    }

    @Test
    void test_a_partner_alongside_must_follow_closely_and_taken_together_pairs_no_subjects() {
        List<String> read = read("Patients given velimumab alongside standard therapy needed less prednisone. Both "
                + "drugs, velafibranor and veladelpar, are taken together with ursodiol.");
        assertFalse(read.contains("velimumab combinedWith prednisone"), read.toString());
        assertFalse(read.contains("velafibranor combinedWith veladelpar"), read.toString());
    }
}
