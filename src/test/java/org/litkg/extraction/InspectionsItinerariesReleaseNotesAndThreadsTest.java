package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-fifty-first held-out set (a regulator's inspection report, a visiting speaker's itinerary, a
 * knowledge base's release notes, a social network thread) showed missing on its first run. Every sentence is written
 * for the test.
 */
class InspectionsItinerariesReleaseNotesAndThreadsTest {

    @Test
    void test_a_surname_with_a_particle_and_two_hyphens_is_one_name() {
        List<String> read = read("Principal investigator: Prof. Amal El-Tabbaa-Rowe\n\nThe trial gives fosravuconazole "
                + "to adults with eumycetoma.\n");
        assertTrue(read.contains("study ledBy Amal El-Tabbaa-Rowe"), read.toString());
    }

    @Test
    void test_a_board_named_for_the_medicines_it_licenses_is_one_regulator_and_an_inspectors_field_places_the_inspector() {
        String text = "GCP INSPECTION REPORT\n\nLead inspector: Wanjiru Kamau-Frost, GCP Inspector, Northern Medicines "
                + "and Poisons Board\n\nThe inspectors reviewed 20 participant files.\n";
        List<String> names = typedNames(text);
        assertTrue(names.contains("REGULATORY_AGENCY Northern Medicines and Poisons Board"), names.toString());
        List<String> read = read(text);
        assertTrue(read.contains("Wanjiru Kamau-Frost affiliatedWith Northern Medicines and Poisons Board"),
                read.toString());
        List<String> deal = typedNames("The deal between Revolution Medicines and Pfizer was signed in 2025.");
        assertTrue(deal.contains("ORGANIZATION Revolution Medicines"), deal.toString());
    }

    @Test
    void test_keeping_cells_in_a_wall_or_a_lining_sequesters_them_but_keeping_an_infection_in_check_does_not() {
        List<String> walls = read("Infected macrophages secrete CCL3, which binds CCR1 on neutrophils and keeps them in "
                + "the alveolar walls.");
        assertTrue(walls.contains("CCL3 sequesters neutrophil"), walls.toString());
        List<String> parked = read("CCL25 binds CCR9 on T cells and keeps those T cells parked in the gut lining.");
        assertTrue(parked.contains("CCL25 sequesters T cell"), parked.toString());
        List<String> check = read("CCL3 binds CCR1 on neutrophils and keeps the neutrophils in check.");
        assertFalse(check.contains("CCL3 sequesters neutrophil"), check.toString());
    }

    @Test
    void test_a_study_by_the_group_of_a_person_at_an_institution_is_led_by_the_person_and_done_there() {
        List<String> read = read("The statements come from a 2025 study in Parasite Immunology by the group of "
                + "Dr. Ines Marchetti-Obi at the University of Ghana.");
        assertTrue(read.contains("study ledBy Ines Marchetti-Obi"), read.toString());
        assertTrue(read.contains("study conductedBy University of Ghana"), read.toString());
        List<String> welcomed = read("The results were welcomed by the group of Dr. Ines Marchetti-Obi at the "
                + "University of Ghana.");
        assertFalse(welcomed.contains("study ledBy Ines Marchetti-Obi"), welcomed.toString());
    }

    @Test
    void test_a_headings_document_word_after_a_title_word_names_no_person() {
        List<String> names = typedNames("Visiting Speaker Schedule\nImmunology Seminar Series, University of Ghana\n\n"
                + "The seminar will be recorded for internal use unless the speaker objects.\n");
        assertFalse(names.stream().anyMatch(x -> x.startsWith("PERSON")), names.toString());
    }

    @Test
    void test_a_timed_schedule_entry_with_a_titled_person_is_read() {
        List<String> names = typedNames("Schedule\n09:00  Breakfast with the graduate students\n10:00  Meeting with "
                + "Dr. Ines Marchetti-Obi, Infectious Diseases\n\nThe seminar starts at noon in the main hall.\n");
        assertTrue(names.contains("PERSON Ines Marchetti-Obi"), names.toString());
    }

    @Test
    void test_a_threads_header_names_its_writer_who_works_at_the_institution_under_it_and_leads_our_paper() {
        String text = "Thread by Nadia Svensson-Adu (@lungwormlab)\nGroup leader, Parasite Immunology, University of "
                + "Ghana\n20 Nov 2026\n\n1/ Our new paper is out today in Mucosal Immunology! A thread\n\n"
                + "2/ Huge credit to first author Kwame Nakamura-Pell, a PhD student in our lab, who counted every "
                + "worm.\n";
        List<String> read = read(text);
        assertTrue(read.contains("Nadia Svensson-Adu affiliatedWith University of Ghana"), read.toString());
        assertTrue(read.contains("study ledBy Nadia Svensson-Adu"), read.toString());
        assertTrue(read.contains("Kwame Nakamura-Pell affiliatedWith University of Ghana"), read.toString());
        List<String> names = typedNames(text);
        assertFalse(names.contains("PERSON Parasite Immunology"), names.toString());
    }

    @Test
    void test_a_posts_header_with_a_handle_names_its_writer() {
        List<String> names = typedNames("Replies\n\nAma Okyere-Hall @ama_parasites · 20 Nov\nCongratulations! Did you look "
                + "at the eosinophils too?\n");
        assertTrue(names.contains("PERSON Ama Okyere-Hall"), names.toString());
    }

    @Test
    void test_the_seed_lexicon_knows_vercirnon_and_eumycetoma() {
        List<String> names = typedNames("Vercirnon blocks CCR9 in mice with colitis. Eumycetoma is a fungal infection "
                + "of the foot.");
        assertTrue(names.contains("DRUG Vercirnon") || names.contains("DRUG vercirnon"), names.toString());
        assertTrue(names.contains("DISEASE eumycetoma") || names.contains("DISEASE Eumycetoma"), names.toString());
    }
}
