package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-ninth held-out set (a postdoctoral job advertisement, an outbreak situation report, a
 * medal nomination letter, a charity's impact report to donors) showed missing on its first run. Every sentence is
 * written for the test.
 */
class AdvertsSitrepsNominationsAndImpactReportsTest {

    @Test
    void test_a_chemokine_that_binds_a_receptor_on_cells_described_in_apposition_and_holds_them_sequesters_them() {
        List<String> read = read("Airway cells release eotaxin-2 (CCL24). Eotaxin-2 binds CCR3 on basophils, a rare kind "
                + "of white blood cell, and holds them in the bronchial wall.");
        assertTrue(read.contains("CCL24 sequesters basophil"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("white blood cell") || x.startsWith("leukocyte")),
                read.toString());
    }

    @Test
    void test_a_chemokine_that_keeps_cells_penned_in_a_tissue_sequesters_them() {
        List<String> read = read("CXCL13 binds CXCR5 on B cells and keeps those cells penned in the lymph node.");
        assertTrue(read.contains("CXCL13 sequesters B cell"), read.toString());
    }

    @Test
    void test_both_populations_after_two_cell_types_are_both_and_neither_holds_the_other() {
        for (String text : List.of("CCL22 binds CCR4, which sits on Th2 cells and regulatory T cells, and retains both "
                + "populations in the lung.", "CCL22 binds CCR4 on Th2 cells and regulatory T cells and retains them in the "
                + "lung.")) {
            List<String> read = read(text);
            assertTrue(read.contains("CCL22 sequesters T-helper 2 cell"), read.toString());
            assertTrue(read.contains("CCL22 sequesters regulatory T cell"), read.toString());
            assertFalse(read.stream().anyMatch(x -> x.contains("cell sequesters")), read.toString());
        }
    }

    @Test
    void test_an_unnamed_antibody_opening_a_sentence_is_the_name_apposed_after_its_relative_clause() {
        List<String> read = read("A humanised antibody that blocks CXCR2, QR-4410, cleared neutrophils from the lungs of mice.");
        assertTrue(read.contains("QR-4410 blocks CXCR2"), read.toString());
    }

    @Test
    void test_each_after_two_compared_arms_combines_both_with_the_partner_and_not_with_one_another() {
        List<String> read = read("The study compares oral fluconazole with two doses of itraconazole, each combined with "
                + "flucytosine.");
        assertTrue(read.contains("fluconazole combinedWith flucytosine"), read.toString());
        assertTrue(read.contains("itraconazole combinedWith flucytosine"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("fluconazole combinedWith itraconazole")
                || x.contains("itraconazole combinedWith fluconazole")), read.toString());
    }

    @Test
    void test_a_team_named_again_by_its_noun_is_led_by_the_person_whose_surname_named_it_and_done_where_she_works() {
        List<String> read = read("The Nakashima-Ruiz group asks how lymph nodes swell. In work published last year in "
                + "Immunity, the group showed that CCL19 binds CCR7 on dendritic cells.\n\nInformal enquiries:\n"
                + "Dr. Emi Nakashima-Ruiz\nProfessor of Immunology, University of Edinburgh\n");
        assertTrue(read.contains("study ledBy Emi Nakashima-Ruiz"), read.toString());
        assertTrue(read.contains("study conductedBy University of Edinburgh"), read.toString());
    }

    @Test
    void test_the_group_is_nobodys_where_two_teams_were_named_by_surname() {
        List<String> read = read("The Nakashima-Ruiz group and the Stonecross group share a floor. Dr. Emi Nakashima-Ruiz "
                + "and Dr. Pavel Stonecross met in 2019. In work published in Immunity, the group showed that CCL19 binds "
                + "CCR7.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ledBy")), read.toString());
    }

    @Test
    void test_a_leaders_workplace_said_after_the_study_conducts_it() {
        List<String> read = read("The study was led by Dr. Ines Holmgren-Achebe. It showed that CXCL9 binds CXCR3 on T "
                + "cells. \"We did not expect this,\" said Holmgren-Achebe, a professor at Uppsala University.");
        assertTrue(read.contains("study conductedBy Uppsala University"), read.toString());
    }

    @Test
    void test_a_workplace_the_leader_moved_to_after_the_study_does_not_conduct_it() {
        List<String> read = read("The study was led by Dr. Ines Holmgren-Achebe. It showed that CXCL9 binds CXCR3 on T "
                + "cells. Holmgren-Achebe, who is now a professor at Uppsala University, said the result surprised her.");
        assertTrue(read.contains("Ines Holmgren-Achebe affiliatedWith Uppsala University"), read.toString());
        assertFalse(read.contains("study conductedBy Uppsala University"), read.toString());
    }

    @Test
    void test_a_trial_led_by_another_person_is_a_study_of_its_own_carried_out_where_the_text_says() {
        String text = "Dr. Emi Nakashima-Ruiz studies lymph nodes. In work published in Immunity, the Nakashima-Ruiz "
                + "group showed that CCL19 binds CCR7. LUMEN-7 is led by Dr. Pavel Stonecross of Utrecht University and "
                + "is being carried out at Leiden University Medical Center.";
        List<Statement> leads = Readings.statements(text).stream().filter(s -> s.relation() == RelationType.LED_BY).toList();
        assertEquals(2, leads.size(), leads.toString());
        assertNotEquals(leads.get(0).subject(), leads.get(1).subject());
        List<String> read = read(text);
        assertTrue(read.contains("study conductedBy Leiden University Medical Center"), read.toString());
        assertFalse(read.contains("study conductedBy Utrecht University"), read.toString());
    }

    @Test
    void test_languages_something_was_published_in_are_no_journals() {
        List<String> read = read("A leaflet on mosquito bites was published in Swedish, English and Somali, and another in "
                + "French and Arabic.");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn")), read.toString());
    }

    @Test
    void test_a_signature_name_line_above_its_post_names_the_writer_who_works_at_the_fund() {
        List<String> read = read("We are grateful for every gift.\n\nWith thanks,\n\nMarguerite Kelderman-Osei\nChief "
                + "Executive, Tallowfield Children's Research Fund\nRegistered charity no. 1234567\n");
        assertTrue(read.contains("Marguerite Kelderman-Osei affiliatedWith Tallowfield Children's Research Fund"),
                read.toString());
    }

    @Test
    void test_a_public_health_agency_is_an_organisation_and_no_regulator() {
        List<String> names = typedNames("The Public Health Agency of Canada said the risk of infection was low.");
        assertTrue(names.contains("ORGANIZATION Public Health Agency of Canada"), names.toString());
    }

    @Test
    void test_the_seed_vocabulary_knows_tarc_as_ccl17_and_two_antiparasitic_drugs() {
        List<String> read = read("TARC binds CCR4 on Th2 cells.");
        assertTrue(read.contains("CCL17 binds CCR4"), read.toString());
        List<String> names = typedNames("Children with yaws were given azithromycin; others took tinidazole and "
                + "nitazoxanide.");
        assertTrue(names.contains("DRUG tinidazole") && names.contains("DRUG nitazoxanide"), names.toString());
        assertTrue(names.contains("DISEASE yaws"), names.toString());
    }
}
