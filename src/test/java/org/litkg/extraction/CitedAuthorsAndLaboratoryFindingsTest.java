package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who led a finding when the text names only a citation's first author ("(X et al., Journal, 2026)") or the laboratory
 * that did it ("The authors, from the group of Dr. X at Y, report"). Every text is written for the test.
 */
class CitedAuthorsAndLaboratoryFindingsTest {

    @Test
    void test_a_citations_first_author_by_surname_alone_is_a_person_who_leads_the_cited_study() {
        String text = "Release notes\n\n- Highlight: CXCL13 binds CXCR5 on B cells (Ferreira-Lund et al., Journal of "
                + "Experimental Medicine, 2026).";
        List<String> read = read(text);
        assertTrue(typedNames(text).contains("PERSON Ferreira-Lund"), typedNames(text).toString());
        assertTrue(read.contains("study publishedIn Journal of Experimental Medicine"), read.toString());
        assertTrue(read.contains("study ledBy Ferreira-Lund"), read.toString());
    }

    @Test
    void test_a_given_name_before_the_surname_is_left_to_the_name_recognisers() {
        String text = "Notes\n\nAs Rafaela Ostrowski-Banda et al. reported in Blood, CXCL12 binds CXCR4.";
        assertFalse(typedNames(text).contains("PERSON Ostrowski-Banda"), typedNames(text).toString());
    }

    @Test
    void test_the_authors_from_the_group_of_a_head_at_a_university_report_a_study_she_leads_there() {
        List<String> read = read("Community review\n\nThe authors, from the group of Dr. Thandeka Oyelowo-Brandt at "
                + "Rhodes University, report that tumour cells release CCL22.");
        assertTrue(read.contains("study ledBy Thandeka Oyelowo-Brandt"), read.toString());
        assertTrue(read.contains("study conductedBy Rhodes University"), read.toString());
        assertTrue(read.contains("Thandeka Oyelowo-Brandt affiliatedWith Rhodes University"), read.toString());
    }

    @Test
    void test_a_laboratory_that_found_something_is_led_by_its_head_but_one_that_hosts_a_visit_is_not() {
        List<String> found = read("News\n\nThe lab of Dr. Thandeka Oyelowo-Brandt at Rhodes University found that "
                + "CCL22 binds CCR4.");
        assertTrue(found.contains("study ledBy Thandeka Oyelowo-Brandt"), found.toString());
        List<String> visited = read("News\n\nStudents toured the lab of Dr. Thandeka Oyelowo-Brandt at Rhodes "
                + "University and learned that CCL22 binds CCR4.");
        assertFalse(visited.stream().anyMatch(x -> x.contains("ledBy")), visited.toString());
    }
}
