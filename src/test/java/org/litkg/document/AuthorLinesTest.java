package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bylines with affiliation marks and the numbered affiliations after them, in the forms papers and posters print. */
class AuthorLinesTest {

    @Test
    void test_bracketed_plain_and_superscript_marks() {
        List<AuthorLines.Author> a = AuthorLines.authors("Anna Verhoef (1), Tomas Okoro (1,2), Lise Dahl (3)");
        assertEquals(3, a.size());
        assertEquals(List.of(1, 2), a.get(1).marks());
        assertEquals(List.of(2, 3), AuthorLines.authors("A. Ruiz1, Bo Chen2,3 and Carla M. Diaz1").get(1).marks());
        assertEquals(List.of(1), AuthorLines.authors("Anna Verhoef¹, Tomas Okoro²").get(0).marks());
    }

    @Test
    void test_prose_and_a_single_name_are_no_byline() {
        assertTrue(AuthorLines.authors("Anna Verhoef (1) said the drug works.").isEmpty());
        assertTrue(AuthorLines.authors("Anna Verhoef (1)").isEmpty());
        assertTrue(AuthorLines.authors("Tech Stocks, Energy Markets").isEmpty());
    }

    @Test
    void test_numbered_affiliations_split_at_each_mark() {
        String line = "(1) Centre for Skin Research, University of Utrecht; (2) Royal Infirmary of Leeds, UK";
        List<AuthorLines.Affiliation> a = AuthorLines.affiliations(line);
        assertEquals(2, a.size());
        assertEquals("Centre for Skin Research, University of Utrecht", line.substring(a.get(0).start(), a.get(0).end()));
        assertEquals(2, a.get(1).number());
        assertEquals(3, AuthorLines.affiliations("³Karolinska Institutet, Stockholm").get(0).number());
        assertTrue(AuthorLines.affiliations("The drug (1) works.").isEmpty());
    }

    @Test
    void test_the_byline_and_its_affiliations_are_read_as_prose() {
        String text = "Poster 12\n\nAnna Verhoef (1), Tomas Okoro (2)\n(1) University of Utrecht; (2) University of Leeds\n";
        List<Span> blocks = PageLayout.proseBlocks(text);
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals("(1) University of Utrecht; (2) University of Leeds", blocks.get(1).of(text));
    }

    @Test
    void test_an_unmarked_byline_is_keyed_by_the_initials_its_affiliations_end_with() {
        String byline = "Ana Ruiz-Vega, Bo Chen, Carla M. Diaz and Dmitri Orlov";
        String places = "Lakeshore Institute of Oncology, Lima, Peru (A.R.-V., D.O.); Harbour University, Leeds (B.C., C.M.D.)";
        List<AuthorLines.Author> a = AuthorLines.keyedAuthors(byline, places);
        assertEquals(4, a.size());
        assertEquals(List.of(1), a.get(0).marks());
        assertEquals(List.of(2), a.get(2).marks());
        List<AuthorLines.Affiliation> keyed = AuthorLines.keyedAffiliations(places);
        assertEquals("Harbour University, Leeds", places.substring(keyed.get(1).start(), keyed.get(1).end()).strip());
        assertTrue(AuthorLines.keyedAuthors(byline, "Lakeshore Institute of Oncology (A.R.-V., D.O.)").isEmpty());
    }

    @Test
    void test_a_signature_of_name_unit_and_hospital_is_no_list_of_names() {
        assertEquals(3, AuthorLines.nameList("Ana Ruiz, Bo Chen and Carla Diaz").size());
        assertTrue(AuthorLines.nameList("Dr. Sunita Rao, Cardiology Clinic, Riverside General Hospital").isEmpty());
        assertTrue(AuthorLines.nameList("Ana Ruiz and Bo Chen.").isEmpty());
    }
}
