package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the sixty-third and sixty-fourth held-out sets showed litkg missing or misreading: an RIS export's records,
 * a byline keyed to its affiliations by initials, an accepted manuscript's journal, an apposition after a denied
 * taking, a relative clause after a condition, a metabolite that is not its parent drug, an apposed class of a drug
 * that a relative clause follows, a drug given on top of a named therapy of others, a drug that degrades its target, a
 * hospital unit in a signature and a noun counted by "one". Every sentence is written for the test.
 */
class RecordsLegendsAndAppositionsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_each_ris_record_is_a_study_led_by_its_first_and_last_authors_where_its_address_says() {
        List<String> read = read("TY  - JOUR\nAU  - Okafor, Ngozi\nAU  - Brandt, Jonas\nAU  - Lindgren, Per A.\n"
                + "JO  - Hepatology Letters\nAD  - Lakeshore University Hospital, Oslo, Norway\n"
                + "AB  - Velorixafor blocks CXCR4.\nER  - \n");
        assertTrue(read.contains("study ledBy Ngozi Okafor"), read.toString());
        assertTrue(read.contains("study ledBy Per A. Lindgren"), read.toString());
        assertFalse(read.contains("study ledBy Jonas Brandt"), read.toString());
        assertTrue(read.contains("Jonas Brandt affiliatedWith Lakeshore University Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy Lakeshore University Hospital"), read.toString());
        assertTrue(read.contains("study publishedIn Hepatology Letters"), read.toString());
        assertTrue(read.contains("velorixafor blocks CXCR4"), read.toString());
    }

    @Test
    void test_a_byline_keyed_by_initials_and_an_accepted_manuscripts_journal() {
        List<String> read = read("Velorasib and cetuximab in colorectal cancer\n\nAna Ruiz-Vega, Bo Chen and Dmitri Orlov\n\n"
                + "Lakeshore Institute of Oncology, Lima, Peru (A.R.-V., D.O.); Harbour University, Leeds, UK (B.C.)\n\n"
                + "Accepted manuscript, Cancer Discovery, 2026. Figure legends as supplied by the authors.\n");
        assertTrue(read.contains("Bo Chen affiliatedWith Harbour University"), read.toString());
        assertTrue(read.contains("study ledBy Dmitri Orlov"), read.toString());
        assertTrue(read.contains("study conductedBy Lakeshore Institute of Oncology"), read.toString());
        assertTrue(read.contains("study publishedIn Cancer Discovery"), read.toString());
    }

    @Test
    void test_an_apposition_after_a_denied_taking_and_a_relative_clause_after_a_condition_are_stated_plainly() {
        List<String> read = read("Velimab blocks the neonatal Fc receptor (FcRn). The patient has not received "
                + "efgartigimod, another FcRn blocker, in the last month. If the patient also receives eculizumab, "
                + "which blocks complement C5, call the consultant.");
        assertTrue(read.contains("efgartigimod blocks FcRn"), read.toString());
        assertTrue(read.contains("eculizumab blocks C5"), read.toString());
    }

    @Test
    void test_a_metabolite_of_a_drug_is_not_the_drug() {
        List<String> read = read("A chemist might have expected any metabolite of velitentan to block the ETA receptor.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("velitentan blocks")), read.toString());
    }

    @Test
    void test_a_drug_with_an_apposed_class_and_a_relative_clause_after_it() {
        List<String> read = read("Velotentan is the metabolite of velitentan, an endothelin receptor antagonist that the "
                + "FDA approved in 2013.");
        assertTrue(read.contains("velitentan blocks endothelin receptor"), read.toString());
        assertTrue(read.contains("velitentan approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_on_top_of_a_named_therapy_of_drugs_and_a_drug_that_degrades_its_target() {
        List<String> read = read("Velotentan was given on top of a standardized triple therapy of amlodipine, valsartan "
                + "and hydrochlorothiazide. Velestrant binds the estrogen receptor and degrades it.");
        assertTrue(read.contains("velotentan combinedWith hydrochlorothiazide"), read.toString());
        assertTrue(read.contains("velestrant blocks estrogen receptor"), read.toString());
    }

    @Test
    void test_a_signers_unit_gives_way_to_her_hospital_and_one_target_is_a_noun() {
        List<String> read = read("Velotide activates both the GIP and GLP-1 receptors, and some ask whether a pill with "
                + "only one target can match it.\n\nPrepared by: Aoife Brennan, Clinical Nurse Specialist, Neuromuscular "
                + "Day Unit, St Columba's University Hospital\n");
        assertTrue(read.contains("Aoife Brennan affiliatedWith St Columba's University Hospital"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("Neuromuscular")), read.toString());
        assertTrue(read.contains("velotide binds GIP receptor"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("GLP-1 receptor binds")), read.toString());
    }
}
