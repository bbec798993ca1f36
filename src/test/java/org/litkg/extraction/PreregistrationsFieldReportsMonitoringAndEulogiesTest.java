package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fiftieth held-out set (a study's preregistration, a screening team's field report, a trial's
 * monitoring visit report, a eulogy) showed missing on its first run. Every sentence is written for the test.
 */
class PreregistrationsFieldReportsMonitoringAndEulogiesTest {

    @Test
    void test_a_memorial_line_naming_a_person_with_their_years_is_read_and_names_a_person() {
        List<String> names = typedNames("Remembering Linnea\nWords spoken at the memorial for Professor Linnea "
                + "Vasquez-Holm (1939–2025), St Machar Cathedral, 2 May 2025\n\nShe taught three generations of us to ask better "
                + "questions.\n");
        assertTrue(names.contains("PERSON Linnea Vasquez-Holm"), names.toString());
    }

    @Test
    void test_a_given_name_opening_a_sentence_stands_for_the_one_person_who_has_it_and_came_to_names_her_workplace() {
        List<String> read = read("We remember Professor Linnea Vasquez-Holm today. Linnea came to the University of "
                + "Aberdeen from Bergen in 1971 and never left. In 1985, in a paper in Immunity, she and her team showed "
                + "that CCL19 binds CCR7.");
        assertTrue(read.contains("Linnea Vasquez-Holm affiliatedWith University of Aberdeen"), read.toString());
        assertTrue(read.contains("study ledBy Linnea Vasquez-Holm"), read.toString());
        assertTrue(read.contains("study conductedBy University of Aberdeen"), read.toString());
    }

    @Test
    void test_a_name_alone_at_the_end_of_a_text_is_its_writer_signing_off() {
        List<String> names = typedNames("She answered every letter from a student within a day.\n\nTobias Wren-Okafor\n");
        assertTrue(names.contains("PERSON Tobias Wren-Okafor"), names.toString());
        List<String> heading = typedNames("Patients came in from nine villages.\n\nNext Steps\n");
        assertFalse(heading.stream().anyMatch(x -> x.startsWith("PERSON")), heading.toString());
    }

    @Test
    void test_a_reports_short_header_fields_name_the_trials_leader_site_and_monitor_with_their_company() {
        String text = "MONITORING VISIT REPORT\n\nSponsor: Caldeira Farmacêutica S.A., Lisbon\n"
                + "Site: Instituto de Medicina Molecular, Lisbon\nPrincipal investigator: Dr. Beatriz Lacerda-Moss\n"
                + "Monitor: Henrique Sobral-Quint, Clinical Research Associate, Caldeira Farmacêutica\n\n"
                + "1. Rationale\nSPRINT-CX gives itraconazole combined with navarixin to adults with sporotrichosis.\n";
        List<String> read = read(text);
        assertTrue(read.contains("study ledBy Beatriz Lacerda-Moss"), read.toString());
        assertTrue(read.contains("study conductedBy Instituto de Medicina Molecular"), read.toString());
        assertTrue(read.contains("Henrique Sobral-Quint affiliatedWith Caldeira Farmacêutica S.A."), read.toString());
        List<String> names = typedNames(text);
        assertTrue(names.contains("ORGANIZATION Caldeira Farmacêutica S.A."), names.toString());
    }

    @Test
    void test_a_field_reports_filed_by_line_names_its_writer() {
        List<String> names = typedNames("FIELD REPORT, WEEK 2\nFiled by: Dr. Oumar Keita-Lindgren, team leader\n\n"
                + "The team screened 1,204 people in six villages.\n");
        assertTrue(names.contains("PERSON Oumar Keita-Lindgren"), names.toString());
    }

    @Test
    void test_a_french_programmes_name_runs_through_contre_la_and_its_signature_places_the_writer() {
        List<String> read = read("The team screened 900 people this week.\n\nDr. Oumar Keita-Lindgren\nTeam leader, "
                + "Programme National de Lutte contre la Tuberculose\n");
        assertTrue(read.contains("Oumar Keita-Lindgren affiliatedWith Programme National de Lutte contre la Tuberculose"),
                read.toString());
    }

    @Test
    void test_a_team_at_an_institute_with_its_short_form_and_city_led_by_a_person_places_the_person_there() {
        List<String> read = read("A team at the Institut Pasteur de Dakar (IPD) in Senegal, led by Prof. Awa Ndiaye-Berg, "
                + "showed that astrocytes secrete CXCL10.");
        assertTrue(read.contains("Awa Ndiaye-Berg affiliatedWith Institut Pasteur de Dakar"), read.toString());
    }

    @Test
    void test_a_journal_whose_title_opens_in_lower_case_is_read_in_a_citation_and_after_a_study_noun() {
        List<String> cited = read("In our earlier study (Okafor-Lind et al., mBio, 2024), we showed that CXCL9 binds CXCR3.");
        assertTrue(cited.contains("study publishedIn mBio"), cited.toString());
        List<String> reported = read("A study in eLife shows that CCL2 binds CCR2.");
        assertTrue(reported.contains("study publishedIn eLife"), reported.toString());
    }

    @Test
    void test_the_seed_vocabulary_knows_sleeping_sickness_its_drugs_co_trimoxazole_and_flucytosine() {
        List<String> names = typedNames("Patients with human African trypanosomiasis took fexinidazole or nifurtimox, "
                + "those with Pneumocystis pneumonia took co-trimoxazole, and doctors gave amphotericin with flucytosine.");
        assertTrue(names.contains("DISEASE sleeping sickness"), names.toString());
        assertTrue(names.contains("DRUG fexinidazole") && names.contains("DRUG nifurtimox"), names.toString());
        assertTrue(names.contains("DRUG co-trimoxazole") && names.contains("DRUG flucytosine"), names.toString());
    }

    @Test
    void test_each_given_with_after_two_compared_arms_combines_both_with_the_partner() {
        List<String> read = read("The study compares fluconazole with two doses of itraconazole, each given with "
                + "flucytosine.");
        assertTrue(read.contains("fluconazole combinedWith flucytosine"), read.toString());
        assertTrue(read.contains("itraconazole combinedWith flucytosine"), read.toString());
    }
}
