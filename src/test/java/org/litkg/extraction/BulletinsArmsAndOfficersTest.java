package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations the eighty-fifth and eighty-sixth held-out sets showed litkg missing or misreading: a congress report's
 * dateline before a gerund, a trial's arms, a study run by one institution together with another, a relative clause
 * after "a form of X" or "an antibody against X", a company's officer who leads a trial, a plural possessive, a
 * receptor described after a bracket, a cancer's stage, a drug monograph's labelled fields, a partner described as its
 * target's antibody, a second leader after a bare "with", and addresses an export ties to no author. Every sentence is
 * written for the test.
 */
class BulletinsArmsAndOfficersTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_datelines_dash_before_a_gerund_is_no_hyphen_of_a_compound() {
        List<String> read = read("Congress report. BARCELONA - Adding velorimab to durvalumab did not lengthen survival.");
        assertTrue(read.contains("velorimab combinedWith durvalumab"), read.toString());
    }

    @Test
    void test_the_drugs_of_an_arm_patients_were_assigned_to_are_a_regimen_but_placebo_is_no_partner() {
        List<String> read = read("The trial was large. It randomly assigned 812 patients to velorimab with durvalumab "
                + "or to durvalumab with placebo.");
        assertTrue(read.contains("velorimab combinedWith durvalumab"), read.toString());
        assertTrue(read.stream().noneMatch(s -> s.contains("placebo")), read.toString());
    }

    @Test
    void test_a_study_run_by_one_institution_together_with_another_is_conducted_by_both() {
        List<String> read = read("The trial was large. The trial, which was run by Lakeshore University Hospital "
                + "together with the Halvorsen Cancer Institute, enrolled 812 patients.");
        assertTrue(read.contains("study conductedBy Lakeshore University Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy Halvorsen Cancer Institute"), read.toString());
    }

    @Test
    void test_a_relative_clause_after_a_form_of_a_protein_or_an_antibody_against_a_target_is_the_drugs() {
        List<String> form = read("A new drug. Velokine alfa is a long-acting form of interleukin-7 that binds the IL-7 "
                + "receptor on T cells.");
        assertTrue(form.contains("velokine alfa binds IL-7 receptor"), form.toString());
        assertFalse(form.contains("interleukin-7 binds IL-7 receptor"), form.toString());
        List<String> against = read("A new drug. Velorimab is an antibody against CXCR3 that blocks CXCR3 on T cells.");
        assertTrue(against.contains("velorimab blocks CXCR3"), against.toString());
        List<String> enzyme = read("A new drug. Velostat is an inhibitor of IDO1 that also lowers kynurenine.");
        assertTrue(enzyme.stream().noneMatch(s -> s.startsWith("velostat") && s.contains("IDO1") && !s.contains("blocks")),
                enzyme.toString());
    }

    @Test
    void test_a_companys_officer_apposed_to_his_role_leads_the_trial_and_works_there() {
        List<String> read = read("The data are early. Velorimab was tested in a small trial led by Quistgen's chief "
                + "medical officer, Dr. Felix Brandvold.");
        assertTrue(read.contains("study ledBy Felix Brandvold"), read.toString());
        assertTrue(read.contains("Felix Brandvold affiliatedWith Quistgen"), read.toString());
        assertFalse(read.contains("study ledBy Quistgen"), read.toString());
        List<String> scientist = read("Velorimab works. Halvorsen Pharma's chief scientist, Dr. Ilse Quist, said so.");
        assertTrue(scientist.contains("Ilse Quist affiliatedWith Halvorsen Pharma"), scientist.toString());
    }

    @Test
    void test_a_plural_possessive_ends_a_companys_name_but_not_a_name_that_goes_on() {
        List<String> read = read("The deal closed. Quistgen Therapeutics' velorimab also binds CXCR3, said Ilse Quist, "
                + "a surgeon at Guy's and St Thomas' NHS Foundation Trust.");
        assertTrue(read.contains("velorimab binds CXCR3"), read.toString());
        assertTrue(read.contains("Ilse Quist affiliatedWith Guy's and St Thomas' NHS Foundation Trust"), read.toString());
        List<String> officer = read("The deal closed. Quistgen Therapeutics' chief executive, Dr. Anna Brandvold, said "
                + "velorimab binds CXCR3.");
        assertTrue(officer.contains("Anna Brandvold affiliatedWith Quistgen Therapeutics"), officer.toString());
    }

    @Test
    void test_a_receptor_described_after_its_bracketed_alias_is_a_receptor_on_the_cells_named() {
        List<String> read = read("A new drug. Velorimab is an antibody against QRT4 (also known as LQRB2), a receptor on "
                + "macrophages and dendritic cells.");
        assertTrue(read.contains("QRT4 expressedOn macrophage"), read.toString());
        assertTrue(read.contains("QRT4 expressedOn dendritic cell"), read.toString());
    }

    @Test
    void test_a_drug_monographs_mechanism_label_is_no_drug() {
        List<String> read = read("Agents on trial. Mechanism: a small-molecule antagonist of CXCR3. Velostat blocks CXCR3.");
        assertTrue(read.contains("velostat blocks CXCR3"), read.toString());
        assertTrue(read.stream().noneMatch(s -> s.toLowerCase(java.util.Locale.ROOT).startsWith("mechanism")),
                read.toString());
    }

    @Test
    void test_a_partner_named_after_its_targets_antibody_phrase_is_combined_too() {
        List<String> read = read("A new drug. Velorimab is now tested in combination with nivolumab and the TIGIT "
                + "antibody QX-9207.");
        assertTrue(read.contains("velorimab combinedWith nivolumab"), read.toString());
        assertTrue(read.contains("velorimab combinedWith QX-9207"), read.toString());
    }

    @Test
    void test_a_second_leader_after_a_bare_with_leads_too() {
        List<String> read = read("It was a long road. The work, led by Sunita Rao-Quist with Professor Daniel Achterlund "
                + "of the University of Michigan, was published in Cancer Immunology Research.");
        assertTrue(read.contains("study ledBy Sunita Rao-Quist"), read.toString());
        assertTrue(read.contains("study ledBy Daniel Achterlund"), read.toString());
    }

    @Test
    void test_addresses_an_export_ties_to_no_author_each_conduct_the_study_and_place_nobody() {
        List<String> read = read("TY  - JOUR\nAU  - Haddadi-Quist, Lena\nAU  - Kristvold, Ole\n"
                + "AD  - Department of Dermatology, Lakeshore University Hospital, Oslo, Norway\n"
                + "AD  - Division of Rheumatology, University of Toronto, Toronto, Canada\n"
                + "TI  - Velorimab in psoriatic arthritis\nT2  - Annals of the Rheumatic Diseases\nPY  - 2026\n"
                + "AB  - Velorimab blocks IL-17A.\nER  - \n");
        assertTrue(read.contains("study conductedBy Lakeshore University Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy University of Toronto"), read.toString());
        assertTrue(read.stream().noneMatch(s -> s.contains("affiliatedWith")), read.toString());
    }

    @Test
    void test_a_web_of_science_record_places_each_author_where_the_bracketed_names_say() {
        List<String> read = read("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Brandvold, I\n   Quist, T\n"
                + "   Okafor, N\nAF Brandvold, Ilse\n   Quist, Tom\n   Okafor, Ngozi\nTI Velorimab blocks CXCR3\n"
                + "SO JOURNAL FOR IMMUNOTHERAPY OF CANCER\nAB Velorimab blocks CXCR3.\n"
                + "C1 [Brandvold, Ilse; Okafor, Ngozi] Lakeshore Univ, Dept Med, Oslo, Norway.\n"
                + "   [Quist, Tom] Karolinska Inst, Stockholm, Sweden.\nER\n\nEF\n");
        assertTrue(read.contains("study ledBy Ilse Brandvold"), read.toString());
        assertTrue(read.contains("study ledBy Ngozi Okafor"), read.toString());
        assertTrue(read.contains("Tom Quist affiliatedWith Karolinska Inst"), read.toString());
        assertTrue(read.contains("Ngozi Okafor affiliatedWith Lakeshore Univ"), read.toString());
        assertTrue(read.contains("study conductedBy Lakeshore Univ"), read.toString());
        assertFalse(read.contains("study conductedBy Karolinska Inst"), read.toString());
        assertTrue(read.contains("study publishedIn Journal for Immunotherapy of Cancer"), read.toString());
    }
}
