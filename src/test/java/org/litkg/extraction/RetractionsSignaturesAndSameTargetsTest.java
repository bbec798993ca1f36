package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the sixty-fifth and sixty-sixth held-out sets showed litkg missing or misreading: a drug that marks its
 * target for destruction, a drug's complex with its partner, a cancer's cells in a place, a retracted claim, a
 * denied confirmation, a protein measured on cells, a pair given alone, a pathway read as binding, a possessed
 * subject, "the same" target, a person's role at a workplace after a copula, specialists who ran a trial, a byline
 * over one address, an agenda's speaker blocks and a hospital's service. Every sentence is written for the test.
 */
class RetractionsSignaturesAndSameTargetsTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_drug_that_marks_its_target_for_destruction_blocks_it_but_not_when_it_marks_cells() {
        List<String> read = read("Velestrant binds the estrogen receptor and marks it for destruction. Velotuximab "
                + "attaches to claudin 18.2 and marks the cancer cells for destruction by natural killer cells.");
        assertTrue(read.contains("velestrant blocks estrogen receptor"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("velotuximab blocks")), read.toString());
    }

    @Test
    void test_a_drugs_complex_acts_as_the_drug_and_a_cancers_cells_in_a_place_as_the_cancer() {
        List<String> read = read("Velonrasib first binds cyclophilin A; the drug-cyclophilin complex then binds active "
                + "RAS and blocks its signalling. Myeloma cells in the bone marrow secrete CCL23.");
        assertTrue(read.contains("velonrasib binds RAS"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("cyclophilin binds")), read.toString());
        assertTrue(read.contains("myeloma secretes CCL23"), read.toString());
        assertFalse(read.contains("bone marrow secretes CCL23"), read.toString());
    }

    @Test
    void test_a_claim_reported_only_to_be_denied_is_not_stated() {
        List<String> read = read("The article reported two findings. First, that CCL23 binds CCR1. Second, that the "
                + "compound VX-4471 blocks CCR1 on these cells. The authors could not confirm that VX-4471 blocks CCR1.");
        assertTrue(read.stream().anyMatch(x -> x.startsWith("VX-4471 blocks CCR1 NEG")), read.toString());
        assertFalse(read.contains("VX-4471 blocks CCR1"), read.toString());
        assertTrue(read.contains("CCL23 binds CCR1"), read.toString());
    }

    @Test
    void test_a_denied_showing_leaves_a_relative_clause_stated() {
        List<String> read = read("The request did not show that velitinib, which blocks JAK1, was tried.");
        assertTrue(read.contains("velitinib blocks JAK1"), read.toString());
    }

    @Test
    void test_a_protein_measured_on_cells_and_a_pair_given_alone() {
        List<String> read = read("In chronic lymphocytic leukaemia (CLL), CD20 was measured on circulating CLL B cells. "
                + "Patients in arm B received venetoclax and rituximab alone.");
        assertTrue(read.contains("CD20 expressedOn B cell"), read.toString());
        assertTrue(read.contains("venetoclax combinedWith rituximab"), read.toString());
    }

    @Test
    void test_signalling_through_a_pathway_is_no_binding_but_through_a_receptor_is() {
        List<String> read = read("RAS signals through RAF and MEK without pause. CXCL12 signals through CXCR4.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("RAS binds")), read.toString());
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
    }

    @Test
    void test_a_possessed_subject_and_the_same_target() {
        List<String> read = read("Velanolimab binds the neonatal Fc receptor (FcRn) and blocks it. FcRn rescues IgG. "
                + "The FDA approved velanolimab for adults whose antibodies target the acetylcholine receptor. It is not "
                + "used together with efgartigimod, which blocks the same receptor.");
        assertFalse(read.contains("velanolimab binds acetylcholine receptor"), read.toString());
        assertTrue(read.contains("efgartigimod blocks FcRn"), read.toString());
    }

    @Test
    void test_a_role_at_a_workplace_after_a_copula_and_specialists_who_ran_a_trial() {
        List<String> read = read("Dr. Achterberg-Lund is a consultant neurologist at Lakeshore University Hospital. In "
                + "the VelarinG trial, which was run by neurologists at Harbour University, patients improved.");
        assertTrue(read.contains("Achterberg-Lund affiliatedWith Lakeshore University Hospital"), read.toString());
        assertTrue(read.contains("study conductedBy Harbour University"), read.toString());
    }

    @Test
    void test_a_byline_over_one_address_leads_and_a_closing_signature_does_not() {
        List<String> read = read("Retraction of a study\n\nAsha Menon, Pavel Novak, Ruth Okafor-Lind\n\n"
                + "Department of Haematology, Lakeshore University Hospital, Oslo, Norway\n\n"
                + "The article was published in the Journal of Bone Research and is retracted by its authors today.\n\n"
                + "Dr Ines Varga and Professor Tom Lund\nSchool of Medicine, Harbour University\n");
        assertTrue(read.contains("Pavel Novak affiliatedWith Lakeshore University Hospital"), read.toString());
        assertTrue(read.contains("study ledBy Asha Menon"), read.toString());
        assertTrue(read.contains("study ledBy Ruth Okafor-Lind"), read.toString());
        assertFalse(read.contains("study ledBy Pavel Novak"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy Ines Varga") || x.contains("ledBy Tom Lund")),
                read.toString());
    }

    @Test
    void test_an_agendas_speakers_work_where_their_lines_say_and_a_team_leader_leads_no_study() {
        List<String> read = read("8:45 a.m.     FDA Introductory Remarks\n              Samuel Oduya, MD, MPH\n"
                + "              Clinical Team Leader, Division of Dermatology, Office of Immunology, CDER, FDA\n\n"
                + "9:00 a.m.     Introduction\n              Claire Bessant, PhD\n"
                + "              Head of Regulatory Affairs, Velmora Immunotherapeutics\n");
        assertTrue(read.contains("Samuel Oduya affiliatedWith U.S. Food and Drug Administration"), read.toString());
        assertTrue(read.contains("Claire Bessant affiliatedWith Velmora Immunotherapeutics"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("ledBy")), read.toString());
        List<String> story = read("Jane Okafor, the team leader at Harbour University, said velimab blocks IL-23.");
        assertTrue(story.contains("study ledBy Jane Okafor"), story.toString());
    }

    @Test
    void test_a_hospitals_service_before_its_hospital_is_no_workplace_of_its_own() {
        List<String> read = read("PMID- 1\nTI  - Velonrasib in lung cancer.\nAB  - Velonrasib blocks KRAS G12C.\n"
                + "FAU - Haddad, Samir\nAU  - Haddad S\nAD  - Thoracic Oncology Service, Lakeshore Cancer Center, New "
                + "York, NY, USA.\nTA  - J Lung Res\nJT  - Journal of lung research\n");
        assertTrue(read.contains("Samir Haddad affiliatedWith Lakeshore Cancer Center"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("Thoracic Oncology Service")), read.toString());
        assertTrue(read.contains("study publishedIn Journal of Lung Research"), read.toString());
    }

    @Test
    void test_a_partner_named_by_a_pronoun_is_not_the_clauses_own_subject_and_both_cytokines_are_two() {
        List<String> read = read("He can keep his pyridostigmine: velanolimab can be taken together with it. Velizumab "
                + "blocks IL-17A alone, and belkizumab, which binds IL-17F too, binds both cytokines.");
        assertTrue(read.contains("velanolimab combinedWith pyridostigmine"), read.toString());
        assertTrue(read.contains("belkizumab binds IL-17A"), read.toString());
    }
}
