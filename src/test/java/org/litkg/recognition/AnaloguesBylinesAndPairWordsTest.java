package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the fifty-first held-out set showed litkg missing or mistyping: growth-factor analogues, thyromimetics and
 * retinoids by their stems, a protein compared with a drug ("Like native FGF21, the drug") that is no drug, the authors
 * of a byline with affiliation marks, "Both receptors" as a reference, and seed names (beta-Klotho, CD40, MASH,
 * antigen-presenting cells). Every sentence is written for the test.
 */
class AnaloguesBylinesAndPairWordsTest {

    @Test
    void test_analogue_thyromimetic_and_retinoid_stems_name_drugs() {
        Map<String, String> m = Recognitions.mentions("In the trial, velofermin was compared with sobatirom and with "
                + "palitretinoin and a gel of velarotene in adults.");
        assertEquals("Drug", m.get("velofermin"), m.toString());
        assertEquals("Drug", m.get("sobatirom"), m.toString());
        assertEquals("Drug", m.get("palitretinoin"), m.toString());
        assertEquals("Drug", m.get("velarotene"), m.toString());
    }

    @Test
    void test_a_protein_in_a_fronted_comparison_is_not_named_by_the_noun_after_the_comma() {
        Map<String, String> m = Recognitions.mentions("Velofermin is given once a week by injection. Like native FGF21, "
                + "the drug binds the FGFR1c receptor on fat cells.");
        assertEquals("Protein", m.get("FGF21"), m.toString());
    }

    @Test
    void test_the_names_of_a_byline_with_affiliation_marks_are_people() {
        Map<String, String> m = Recognitions.mentions("Poster 12\n\nAnna Verhoef (1), Tomas Okoro (1,2), Lise Dahl (3)\n"
                + "(1) Centre for Skin Research, University of Utrecht, Netherlands; (2) Royal Infirmary of Leeds, UK; "
                + "(3) Karolinska Institutet, Stockholm, Sweden\n\nBackground: Keratinocytes make CCL27 in eczema.");
        assertEquals("Person", m.get("Anna Verhoef"), m.toString());
        assertEquals("Person", m.get("Tomas Okoro"), m.toString());
        assertEquals("Person", m.get("Lise Dahl"), m.toString());
        assertEquals("Organization", m.get("Royal Infirmary of Leeds"), m.toString());
    }

    @Test
    void test_both_before_a_protein_noun_opens_a_reference_not_a_name() {
        Map<String, String> m = Recognitions.mentions("Velopipam blocks D1 receptors, and it spares D2 receptors. Both "
                + "receptors sit on neurons of the striatum.");
        assertFalse(m.containsKey("Both receptors"), m.toString());
    }

    @Test
    void test_seed_receptor_disease_and_cell_names() {
        Map<String, String> m = Recognitions.mentions("In MASH and in cirrhosis, beta-Klotho is made by liver cells, and "
                + "CD40 sits on antigen-presenting cells.");
        assertEquals("Disease", m.get("MASH"), m.toString());
        assertEquals("Disease", m.get("cirrhosis"), m.toString());
        assertEquals("Receptor", m.get("beta-Klotho"), m.toString());
        assertEquals("Receptor", m.get("CD40"), m.toString());
        assertEquals("CellType", m.get("antigen-presenting cells"), m.toString());
    }
}
