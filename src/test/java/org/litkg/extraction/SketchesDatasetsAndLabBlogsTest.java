package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-forty-sixth held-out set (a dataset's landing page, a laboratory's year-in-review blog post,
 * a pharmacology study guide, an NIH biographical sketch) showed missing on its first run. Every sentence is written
 * for the test.
 */
class SketchesDatasetsAndLabBlogsTest {

    private static final String SKETCH = "BIOGRAPHICAL SKETCH\n\nNAME: Halima Brandt-Osei\nPOSITION TITLE: Professor of "
            + "Pediatrics\n\nA. Personal Statement\nI am a pediatric immunologist. My laboratory at the Medical College of "
            + "Wisconsin showed that mast cells secrete CCL11, which binds CCR3 on eosinophils.\n";

    @Test
    void test_a_sketchs_named_person_leads_what_her_laboratory_showed_where_it_is() {
        List<String> read = read(SKETCH);
        assertTrue(read.contains("study ledBy Halima Brandt-Osei"), read.toString());
        assertTrue(read.contains("study conductedBy Medical College of Wisconsin"), read.toString());
        assertTrue(read.contains("Halima Brandt-Osei affiliatedWith Medical College of Wisconsin"), read.toString());
    }

    @Test
    void test_my_laboratory_leads_nothing_where_no_writer_is_named() {
        List<String> read = read("My laboratory at the Medical College of Wisconsin showed that mast cells secrete CCL11.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ledBy")), read.toString());
    }

    @Test
    void test_a_finding_made_in_someones_laboratory_is_a_study_its_head_leads_there() {
        List<String> read = read("As a graduate student in the laboratory of Dr. Tobias Wennerberg at Uppsala University, I "
                + "found that CCL11 draws eosinophils into the airway.");
        assertTrue(read.contains("study ledBy Tobias Wennerberg"), read.toString());
        assertTrue(read.contains("study conductedBy Uppsala University"), read.toString());
    }

    @Test
    void test_a_sketchs_lettered_citations_name_the_journal_and_the_leading_authors() {
        List<String> read = read("C. Contributions to Science\n1. Eosinophils in the airway. I found that CCL11 draws "
                + "eosinophils into the airway wall.\na. Brandt-Osei H, Lindqvist P, Wennerberg T. Eotaxin holds "
                + "eosinophils in the asthmatic airway. Am J Respir Cell Mol Biol. 2019;61(2):211-222.\n\nD. Scholastic "
                + "Performance\n");
        assertTrue(read.contains("study publishedIn Am J Respir Cell Mol Biol"), read.toString());
        assertTrue(read.contains("study ledBy Brandt-Osei H"), read.toString());
        assertTrue(read.contains("study ledBy Wennerberg T"), read.toString());
        assertFalse(read.contains("study ledBy Lindqvist P"), read.toString());
    }

    @Test
    void test_a_landing_pages_dataset_citation_and_authors_block_say_who_led_and_where_they_work() {
        List<String> read = read("Cite this dataset\nAdeyemi-Rask, Folasade; Holmqvist, Jonas; Mbatha-Lund, Sipho (2025). "
                + "Eosinophil counts in nasal polyps [Dataset]. Zenodo. https://doi.org/10.5281/zenodo.1234567\n\n"
                + "Authors\nAdeyemi-Rask, Folasade (University of Ibadan)\nHolmqvist, Jonas (Karolinska Institutet)\n"
                + "Mbatha-Lund, Sipho (University of Cape Town)\n");
        assertTrue(read.contains("study ledBy Folasade Adeyemi-Rask"), read.toString());
        assertTrue(read.contains("study ledBy Sipho Mbatha-Lund"), read.toString());
        assertFalse(read.contains("study ledBy Jonas Holmqvist"), read.toString());
        assertTrue(read.contains("Jonas Holmqvist affiliatedWith Karolinska Institutet"), read.toString());
        assertTrue(read.contains("Folasade Adeyemi-Rask affiliatedWith University of Ibadan"), read.toString());
    }

    @Test
    void test_someone_who_led_the_work_is_a_person_but_a_companys_unit_is_not() {
        List<String> read = read("Chiamaka Lindberg-Obi led the work. Roche Diagnostics led the analysis.");
        assertTrue(read.contains("study ledBy Chiamaka Lindberg-Obi"), read.toString());
        assertFalse(typedNames("Roche Diagnostics led the analysis.").contains("PERSON Roche Diagnostics"));
    }

    @Test
    void test_a_study_designed_at_a_place_or_done_here_at_it_is_conducted_there() {
        assertTrue(read("The study was designed at the Kenya Medical Research Institute.")
                .contains("study conductedBy Kenya Medical Research Institute"));
        assertTrue(read("The work was done here at the University of Iowa with colleagues in Lima.")
                .contains("study conductedBy University of Iowa"));
    }

    @Test
    void test_a_place_someone_joined_from_is_no_workplace() {
        List<String> read = read("We welcomed Dr. Noor Haddad-Lind, a postdoc who joined us from Stanford University.");
        assertFalse(read.contains("Noor Haddad-Lind affiliatedWith Stanford University"), read.toString());
    }

    @Test
    void test_a_given_name_alone_is_the_one_person_who_has_it() {
        List<String> read = read("We welcomed Dr. Bongani Ferreira-Lund, a new postdoc. In May our paper appeared in "
                + "Nature Microbiology, with Bongani as first author.");
        assertTrue(read.contains("study ledBy Bongani Ferreira-Lund"), read.toString());
        assertTrue(read.contains("study publishedIn Nature Microbiology"), read.toString()); // "In May": the month, no hedge
    }

    @Test
    void test_a_given_name_two_people_share_names_neither() {
        List<String> read = read("We welcomed Dr. Bongani Ferreira-Lund and Dr. Bongani Okafor-Wells. In May our paper "
                + "appeared in Nature Microbiology, with Bongani as first author.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study ledBy")), read.toString());
    }

    @Test
    void test_a_blog_posts_byline_and_an_undergraduate_are_people() {
        List<String> names = typedNames("Lab news\n\nPosted March 3, 2026 by Ingrid Solvang-Mensah\n\nOur undergraduate, "
                + "Tariq Holloway-Banda, presented his poster at the meeting in Denver.\n");
        assertTrue(names.contains("PERSON Ingrid Solvang-Mensah"), names.toString());
        assertTrue(names.contains("PERSON Tariq Holloway-Banda"), names.toString());
    }

    @Test
    void test_a_numbered_binding_protein_and_a_bendazole_are_named_whole() {
        List<String> names = typedNames("Patients took norbendazole for three days. Cefepime binds penicillin-binding protein "
                + "2 of the bacterium.");
        assertTrue(names.contains("DRUG norbendazole"), names.toString());
        assertTrue(names.contains("PROTEIN penicillin-binding protein 2"), names.toString());
    }
}
