package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A formal "upon", a passive that follows from the clause before, a particle verb's passive whose participle is its
 * base form ("set free"), a lab named inside an institution, and a person after a doer's label. Every text is written
 * for the test.
 */
class ProclamationsProfilesAndBingoCallsTest {

    @Test
    void test_upon_places_a_receptor_on_cells_as_on_does() {
        List<String> read = read("""
                Hear ye! The good doctor doth proclaim that vorixafor blocks CXCR4 upon the eosinophils.
                """);
        assertTrue(read.contains("CXCR4 expressedOn eosinophil"), read.toString());
    }

    @Test
    void test_a_place_named_with_upon_keeps_its_name() {
        List<String> read = read("""
                Dr. Ailsa Brodie-Nwachukwu of Newcastle upon Tyne Hospitals said that maraviroc blocks CCR5.
                """);
        assertTrue(read.contains("Ailsa Brodie-Nwachukwu affiliatedWith Newcastle upon Tyne Hospitals"),
                read.toString());
    }

    @Test
    void test_cells_set_free_by_a_drug_are_mobilised_by_it() {
        List<String> read = read("""
                In the trial the stem cells were set free by motixafortide within hours.
                """);
        assertTrue(read.contains("motixafortide mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_passive_marked_as_the_outcome_takes_the_earlier_clauses_agent() {
        List<String> thereby = read("""
                Mavorixafor blocks CXCR4, and the neutrophils held in the marrow are thereby set free.
                """);
        assertTrue(thereby.contains("mavorixafor mobilizes neutrophil"), thereby.toString());
        List<String> so = read("""
                Plerixafor blocks CXCR4, so the stem cells are freed.
                """);
        assertTrue(so.contains("plerixafor mobilizes stem cell"), so.toString());
        List<String> unmarked = read("""
                Plerixafor blocks CXCR4, and the stem cells are freed.
                """);
        assertFalse(unmarked.contains("plerixafor mobilizes stem cell"), unmarked.toString());
    }

    @Test
    void test_an_outcome_of_a_denied_clause_is_not_asserted() {
        List<String> read = read("""
                Plerixafor does not block CCR5, so the T cells are not set free.
                """);
        assertFalse(read.contains("plerixafor mobilizes T cell"), read.toString());
    }

    @Test
    void test_a_lab_named_inside_an_institution_places_its_head_there() {
        List<String> read = read("""
                Biscuit spent two years at the Francis Crick Institute in Dr. Oona Fairweather-Ilori's lab, helping \
                show that melanoma cells release CXCL10.
                """);
        assertTrue(read.contains("Oona Fairweather-Ilori affiliatedWith Francis Crick Institute"), read.toString());
        assertTrue(read.contains("study conductedBy Francis Crick Institute"), read.toString());
    }

    @Test
    void test_a_name_after_a_doers_label_with_its_institution_is_a_person_there() {
        List<String> read = read("""
                Quiz night at the Babraham Institute

                Your quizmaster tonight: Rhiannon Okafor-Lindahl, Babraham Institute
                """);
        assertTrue(read.contains("Rhiannon Okafor-Lindahl affiliatedWith Babraham Institute"), read.toString());
        List<String> place = read("""
                Talk on CCR7 and dendritic cells

                Venue: Edmund Burke Theatre, Trinity College Dublin
                """);
        assertFalse(place.stream().anyMatch(x -> x.startsWith("Edmund Burke Theatre")), place.toString());
    }

    @Test
    void test_a_media_enquiries_line_places_nobody_as_a_media_contact_line_does_not() {
        List<String> read = read("""
                Dr. Liesel Abernathy-Osei of the University of Melbourne found that CCL2 binds CCR2.

                Media enquiries: Dr. Sophie Tran-Whitlock, University of Melbourne Newsroom
                """);
        assertTrue(read.contains("Liesel Abernathy-Osei affiliatedWith University of Melbourne"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Sophie Tran-Whitlock affiliatedWith")), read.toString());
    }
}
