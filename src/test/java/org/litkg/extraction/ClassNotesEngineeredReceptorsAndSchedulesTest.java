package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.Document;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * Readings the eighty-ninth and ninetieth held-out sets showed litkg missing or misreading: bare names in class notes,
 * posts held and joined, a team's study, a partner past a description or a schedule, a drug's bracketed code, an
 * engineered receptor, the cells of a cancer, a class after "and", a pronoun in a relative clause, NY-ESO-1, poly-ICLC
 * and Swissmedic. Every sentence is written for the test.
 */
class ClassNotesEngineeredReceptorsAndSchedulesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }


    private static boolean has(List<DocumentEntities.Entity> entities, String name, EntityType type) {
        return entities.stream().anyMatch(e -> e.preferredName().equals(name) && e.type() == type);
    }

    @Test
    void test_a_bare_name_taken_up_by_a_gendered_pronoun_or_joining_in_a_post_is_a_person() {
        List<DocumentEntities.Entity> found = Readings.entities(
                "Class notes.\n\nTomas Lindqvist-Ode finished his PhD in Oslo.\n\n"
                + "Marit Halvorsen-Abe has joined Lakeshore Biotherapeutics as head of manufacturing.\n\n"
                + "Lakeshore Biotherapeutics praised her work.");
        assertTrue(has(found, "Tomas Lindqvist-Ode", EntityType.PERSON), found.toString());
        assertTrue(has(found, "Marit Halvorsen-Abe", EntityType.PERSON), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.preferredName().startsWith("Lakeshore Biotherapeutics")
                && e.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void test_a_post_held_or_joined_places_the_person_and_a_finished_degree_does_not() {
        List<String> joined = read("Class notes. Marit Halvorsen-Abe has joined Lakeshore Biotherapeutics as head of "
                + "manufacturing.");
        assertTrue(joined.contains("Marit Halvorsen-Abe affiliatedWith Lakeshore Biotherapeutics"), joined.toString());
        List<String> now = read("Class notes. Tomas Lindqvist-Ode finished his PhD at Fjord University and is now a "
                + "postdoctoral fellow at the Lakeshore Institute for Cancer Research.");
        assertTrue(now.contains("Tomas Lindqvist-Ode affiliatedWith Lakeshore Institute for Cancer Research"), now.toString());
        assertFalse(now.contains("Tomas Lindqvist-Ode affiliatedWith Fjord University"), now.toString());
        List<String> directs = read("Class notes. Naomi Feld-Okoro writes from Tampa, where she directs the cell therapy "
                + "program at Lakeshore Cancer Center. Her team led a study of velorimab.");
        assertTrue(directs.contains("Naomi Feld-Okoro affiliatedWith Lakeshore Cancer Center"), directs.toString());
        assertTrue(directs.contains("study ledBy Naomi Feld-Okoro"), directs.toString());
        assertTrue(directs.contains("study conductedBy Lakeshore Cancer Center"), directs.toString());
        List<String> writes = read("A story. Ada Brenner-Moss writes about cancer research for the Lakeshore Sarcoma Trust.");
        assertTrue(writes.contains("Ada Brenner-Moss affiliatedWith Lakeshore Sarcoma Trust"), writes.toString());
    }

    @Test
    void test_a_partner_is_found_past_a_description_between_commas_and_past_a_dosing_schedule() {
        List<String> paired = read("A new trial. It paired VLX2385, an antibody against LAG-3, with retifanlimab.");
        assertTrue(paired.contains("VLX2385 combinedWith retifanlimab"), paired.toString());
        List<String> schedule = read("A new trial. Patients got VLX-108, an antibody that binds CCR8, every three weeks in "
                + "combination with toripalimab.");
        assertTrue(schedule.contains("VLX-108 combinedWith toripalimab"), schedule.toString());
    }

    @Test
    void test_a_drugs_bracketed_code_stays_the_drug_wherever_it_is_used() {
        List<String> read = read("A decision. The agency declined to approve velimogene oderparepvec (VR1), a herpes virus. "
                + "VR1 was tested together with nivolumab.");
        assertTrue(read.contains("velimogene oderparepvec combinedWith nivolumab"), read.toString());
    }

    @Test
    void test_what_an_engineered_receptor_binds_the_cell_therapy_binds_on_the_cells_of_the_cancer() {
        List<String> read = read("A new therapy. Velotresgene autoleucel is made from T cells. The cells are given a new "
                + "T-cell receptor that binds NY-ESO-1, a protein found on the cells of most synovial sarcomas.");
        assertTrue(read.contains("velotresgene autoleucel binds NY-ESO-1"), read.toString());
        assertTrue(read.contains("NY-ESO-1 expressedOn synovial sarcoma"), read.toString());
        assertFalse(read.stream().anyMatch(s -> s.startsWith("NY-ESO-1 expressedOn T cell")), read.toString());
    }

    @Test
    void test_a_class_after_and_is_no_apposition_and_a_relative_clauses_pronoun_is_no_object() {
        List<String> and = read("A study. The cancer often stops responding to trastuzumab, and PD-1 antibodies help only "
                + "some patients.");
        assertFalse(and.contains("trastuzumab binds PD-1"), and.toString());
        List<String> acts = read("A new drug. VLX 256 is an antibody joined to IL-21. It binds PD-1, so the cytokine acts "
                + "mainly on the cells that need it.");
        assertFalse(acts.contains("IL-21 binds PD-1"), acts.toString());
    }

    @Test
    void test_an_adjuvant_named_by_its_polymer_and_a_swiss_agency_are_recognised() {
        List<String> read = read("A vaccine. We gave VLX950 together with poly-ICLC, an adjuvant that binds TLR3. "
                + "VLX950 has not been approved by Swissmedic.");
        assertTrue(read.contains("VLX950 combinedWith poly-ICLC"), read.toString());
        assertTrue(read.contains("poly-ICLC binds TLR3"), read.toString());
        assertTrue(read.contains("VLX950 approvedBy Swissmedic NEG"), read.toString());
    }
}
