package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the sixty-seventh and sixty-eighth held-out sets showed litkg missing or misreading: a receptor's splice
 * isoform, a hospital named with a date, authors whose affiliation numbers touch their names, an antibody-drug
 * conjugate's short form and its payload, the compound noun "antibody–drug conjugate" with an en dash, a class of
 * antigens, a fusion protein's stem and a family member lettered "A". Every sentence is written for the test.
 */
class IsoformsConjugatesAndMarkedBylinesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_a_splice_isoform_of_a_receptor_is_a_receptor() {
        Map<String, String> m = mentions("Velotuzumab does not bind FGFR2c, the mesenchymal isoform of the receptor.");
        assertEquals("Receptor", m.get("FGFR2c"), m.toString());
    }

    @Test
    void test_authors_with_touching_marks_are_whole_names_and_a_dated_hospital_is_one_name() {
        Map<String, String> m = mentions("Velotuzumab in gastric cancer\n\n"
                + "Annika Sørbø-Halvorsen1 and Tomás Echeverría-Paz2\n"
                + "1 Department of Oncology, Oslo University Hospital, Oslo, Norway\n"
                + "2 Servicio de Oncología Médica, Hospital Universitario 12 de Octubre, Madrid, Spain\n\n"
                + "Velotuzumab binds the receptor on gastric cancer cells, the two oncologists wrote in their review.");
        assertEquals("Person", m.get("Annika Sørbø-Halvorsen"), m.toString());
        assertEquals("Person", m.get("Tomás Echeverría-Paz"), m.toString());
        assertEquals("Organization", m.get("Hospital Universitario 12 de Octubre"), m.toString());
    }

    @Test
    void test_a_conjugates_short_form_and_its_payload_set_off_by_commas() {
        RecognizedDocument doc = Recognitions.recognize("Velatamab deruxtecan (V-DXd) is an antibody–drug conjugate that "
                + "binds B7-H3. Its payload, DXd, blocks topoisomerase I. V-DXd was not combined with atezolizumab.");
        assertEquals("velatamab deruxtecan", Recognitions.entityName(doc, "V-DXd"));
        Map<String, String> m = Recognitions.mentions("Velatamab deruxtecan (V-DXd) is an antibody–drug conjugate that binds "
                + "B7-H3. Its payload, DXd, blocks topoisomerase I.");
        assertEquals("Drug", m.get("DXd"), m.toString());
        assertEquals("Protein", m.get("B7-H3"), m.toString());
        assertNull(m.get("conjugate"), m.toString());
    }

    @Test
    void test_a_class_of_antigens_names_no_protein_but_a_fusion_proteins_stem_names_a_drug() {
        Map<String, String> m = mentions("PRAME is a cancer-testis antigen. Velenafusp binds a PRAME peptide and CD3.");
        assertNull(m.get("cancer-testis antigen"), m.toString());
        assertEquals("Drug", m.get("Velenafusp"), m.toString());
    }

    @Test
    void test_a_family_member_lettered_a_is_part_of_the_name() {
        Map<String, String> m = mentions("Velotercept traps activin A and GDF11. Bone marrow stromal cells secrete activin A.");
        assertEquals("Protein", m.get("activin A"), m.toString());
        assertEquals("CellType", m.get("Bone marrow stromal cells"), m.toString());
    }
}
