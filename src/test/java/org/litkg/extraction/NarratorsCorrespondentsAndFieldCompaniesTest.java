package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * What the ninety-seventh and ninety-eighth held-out sets left unread: a testimony's writer introduced as "My name is
 * Dr. X" and her workplaces in the first person, a correspondent named between commas after her role, and a company
 * named for its field ("Taiho Oncology") running a trial. Every name is invented.
 */
class NarratorsCorrespondentsAndFieldCompaniesTest {

    @Test
    void test_an_introduced_writer_works_where_she_says_she_works_in_the_first_person() {
        List<String> found = Readings.read("Thank you for the chance to testify. My name is Dr. Ilse Brandvold. I treat "
                + "people with lymphoma at the Fjordton Cancer Institute, and I teach at Eastmoor State University. "
                + "My patient Maria was treated at Quillmoor Hospital.");
        assertTrue(found.contains("Ilse Brandvold affiliatedWith Fjordton Cancer Institute"), found.toString());
        assertTrue(found.contains("Ilse Brandvold affiliatedWith Eastmoor State University"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("Quillmoor")), found.toString());
    }

    @Test
    void test_a_first_person_workplace_without_an_introduction_is_no_ones() {
        List<String> found = Readings.read("Dr. Ilse Brandvold spoke first. I treat people with lymphoma at the Fjordton "
                + "Cancer Institute.");
        assertFalse(found.stream().anyMatch(f -> f.contains("affiliatedWith Fjordton")), found.toString());
    }

    @Test
    void test_a_correspondent_named_between_commas_is_a_person_and_a_field_company_runs_the_trial() {
        String text = "Good evening. Our medical correspondent, Priya Vantongeren, reports. In the VELO-1 trial, "
                + "velorinib shrank tumours. The trial was run by Taiho Oncology, and the results were published in "
                + "Gynecologic Oncology.";
        List<DocumentEntities.Entity> entities = Readings.entities(text);
        assertTrue(entities.stream().anyMatch(e -> e.preferredName().equals("Priya Vantongeren")
                && e.type() == EntityType.PERSON), entities.toString());
        List<String> found = Readings.read(text);
        assertTrue(found.contains("study conductedBy Taiho Oncology"), found.toString());
        assertTrue(found.contains("study publishedIn Gynecologic Oncology"), found.toString());
    }
}
