package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.readPlain;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A book's index, a glossary line about a receptor, a press office's expert entry and proteins listed before their
 * source. Every text is written for the test.
 */
class IndexesExpertEntriesAndListedSourcesTest {

    @Test
    void test_a_book_index_subentries_say_what_the_book_says_of_the_heading() {
        String index = "Index\n\nCXCL12, 112-113, 120\nCXCR4, 112-118\n    blocked by plerixafor, 114\n"
                + "    bound by CXCL12, 112\n    in WHIM syndrome, 116-117\ncytokines, 40-52\n";
        List<String> read = readPlain(index);
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
    }

    @Test
    void test_a_receptor_labelling_its_line_is_what_the_passives_after_its_colon_are_about() {
        List<String> read = read("CCR5: bound by CCL5 on the surface of T cells; blocked by maraviroc in the clinic.");
        assertTrue(read.contains("CCL5 binds CCR5"), read.toString());
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_an_expert_entrys_heading_places_its_person_whose_recent_work_is_their_study_there() {
        List<String> read = read("Expert finder\n\nDr Rhiannon Ap-Ellis - Senior Lecturer in Immunology, Cardiff "
                + "University\nRecent work: showed that CCL17 and CCL22 from airway epithelial cells draw CCR4+ Th2 "
                + "cells into the lungs (Allergy, 2025).\n");
        assertTrue(read.contains("Rhiannon Ap-Ellis affiliatedWith Cardiff University"), read.toString());
        assertTrue(read.contains("study ledBy Rhiannon Ap-Ellis"), read.toString());
        assertTrue(read.contains("study conductedBy Cardiff University"), read.toString());
    }

    @Test
    void test_a_senior_lecturer_in_a_field_works_at_the_university_after_the_post() {
        List<String> read = read("Comment came from Dr Rhiannon Ellis, Senior Lecturer in Immunology, Cardiff "
                + "University, who was not involved.");
        assertTrue(read.contains("Rhiannon Ellis affiliatedWith Cardiff University"), read.toString());
    }

    @Test
    void test_each_protein_listed_before_its_source_is_secreted_but_not_a_receptor() {
        List<String> read = read("CCL17 and CCL22 from airway epithelial cells draw Th2 cells into the lungs.");
        assertTrue(read.contains("airway epithelial cell secretes CCL17"), read.toString());
        assertTrue(read.contains("airway epithelial cell secretes CCL22"), read.toString());
        List<String> blocked = read("Blocking CXCR4 and CCL2 from the tumour slowed its growth in the mice.");
        assertTrue(blocked.contains("tumour secretes CCL2"), blocked.toString());
        assertFalse(blocked.contains("tumour secretes CXCR4"), blocked.toString());
    }
}
