package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-seventh held-out set (a select committee's oral evidence, a prize nomination letter,
 * a television listings guide, a press kit's fact sheet) showed missing on its first run. Every sentence is written
 * for the test.
 */
class CommitteesNominationsListingsAndFactSheetsTest {

    @Test
    void test_a_post_named_for_its_unit_is_no_organisation() {
        String text = "Nominee: Dr Ilse Marchbank-Osei, Group Leader, Francis Crick Institute, London\n\n"
                + "Her group showed that the tumour cells release CXCL1, which binds CXCR2 on neutrophils.";
        List<String> typed = typedNames(text);
        assertTrue(typed.stream().noneMatch(x -> x.contains("Group Leader")), typed.toString());
        List<String> read = read(text);
        assertTrue(read.contains("Ilse Marchbank-Osei affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_funder_brought_in_with_support_from_ran_nothing() {
        List<String> read = read("Her group showed that CXCL13 binds CXCR5 on B cells. This work, carried out at the "
                + "University of Leeds with support from Cancer Research UK, appeared in Nature Medicine in 2024.");
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.contains("conductedBy Cancer Research UK")), read.toString());
    }

    @Test
    void test_what_a_search_looked_for_and_did_not_find_is_denied() {
        List<String> read = read("The team showed that CCL5 binds CCR5 on monocytes. They also looked for CCR5 on the "
                + "neutrophils and did not find it.");
        assertTrue(read.contains("CCR5 expressedOn neutrophil NEG"), read.toString());
        assertFalse(read.contains("CCR5 expressedOn neutrophil"), read.toString());
        assertTrue(read.contains("CCR5 expressedOn monocyte"), read.toString());
    }

    @Test
    void test_cells_renamed_by_an_apposition_are_the_named_cells() {
        List<String> read = read("Her platelets clump in small vessels. Part of the problem is a protein called "
                + "E-selectin, which sits on the cells lining those vessels, the endothelial cells.");
        assertTrue(read.contains("E-selectin expressedOn endothelial cell"), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.contains("expressedOn platelet")), read.toString());
    }

    @Test
    void test_a_role_at_an_organisation_apposed_before_a_person_places_them() {
        List<String> read = read("Amira's rheumatologist at Leeds General Infirmary, Dr Ruairi Castellane-Boyd, gives her "
                + "a drug that blocks IL-6.");
        assertTrue(read.contains("Ruairi Castellane-Boyd affiliatedWith Leeds General Infirmary"), read.toString());
    }

    @Test
    void test_a_fact_sheets_heading_is_what_its_labelled_lines_say_it_is_and_does() {
        List<String> read = read("Ublituximab at a glance\n\n"
                + "What it is: a monoclonal antibody given by infusion twice a year.\n"
                + "What it does: binds CD20, a protein on the surface of B cells, and removes those B cells.\n"
                + "Approved by: the US Food and Drug Administration (2022); the European Commission (2023).\n");
        assertTrue(read.contains("ublituximab binds CD20"), read.toString());
        assertTrue(read.contains("ublituximab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("ublituximab approvedBy European Commission"), read.toString());
    }

    @Test
    void test_a_disease_named_for_a_symbol_keeps_the_symbol() {
        List<String> typed = typedNames("Doctors gave rituximab to adults with IgG4-related disease in the trial, which "
                + "ran at four hospitals.");
        assertTrue(typed.stream().anyMatch(x -> x.equalsIgnoreCase("DISEASE IgG4-related disease")), typed.toString());
    }
}
