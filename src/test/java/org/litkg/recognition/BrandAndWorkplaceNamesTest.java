package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the twentieth held-out set showed litkg missing: antivirals by their -vir stem (and azacitidine by
 * -citidine), proteins named by their mass (p24), a journal whose title holds an organisation's head word, a
 * workplace named after "a pulmonologist at", CAR T cells, brand names, and the drug classes of steroids and
 * antiretrovirals; and "the co-receptor", which names nothing. Every sentence is written for the test.
 */
class BrandAndWorkplaceNamesTest {

    private static Map<String, String> mentions(String text) {
        return Recognitions.mentions(text);
    }

    @Test
    void test_antivirals_by_their_stem_and_proteins_named_by_their_mass() {
        Map<String, String> m = mentions("Patients received lenacapavir or ensitrelvir with azacitidine; the first "
                + "binds the capsid protein p24.");
        assertEquals("Drug", m.get("lenacapavir"), m.toString());
        assertEquals("Drug", m.get("azacitidine"), m.toString());
        assertEquals("Drug", m.get("ensitrelvir"), m.toString());
        assertEquals("Protein", m.get("p24"), m.toString());
    }

    @Test
    void test_a_journal_titled_after_an_academy_and_a_workplace_after_a_role_at() {
        Map<String, String> m = mentions("The results appear in the Journal of the American Academy of Dermatology. "
                + "The trial was led by Maria Lind, a pulmonologist at Northfield Lung Health in Denver.");
        assertEquals("Journal", m.get("Journal of the American Academy of Dermatology"), m.toString());
        assertEquals("Organization", m.get("Northfield Lung Health"), m.toString());
    }

    @Test
    void test_car_t_cells_are_a_cell_type_and_steroids_and_antiretrovirals_are_drug_classes() {
        Map<String, String> m = mentions("CAR T cells were given with oral glucocorticoids, and patients kept taking "
                + "antiretrovirals.");
        assertEquals("CellType", m.get("CAR T cells"), m.toString());
        assertEquals("DrugClass", m.get("glucocorticoids"), m.toString());
        assertEquals("DrugClass", m.get("antiretrovirals"), m.toString());
    }

    @Test
    void test_a_brand_name_after_under_the_name_or_marketed_as_is_a_drug() {
        Map<String, String> m = mentions("Velacapavir is approved by the FDA, under the name Duolenca, for HIV. "
                + "Zolbetuximab, marketed as Vyloy, binds claudin.");
        assertEquals("Drug", m.get("Duolenca"), m.toString());
        assertEquals("Drug", m.get("Vyloy"), m.toString());
    }

    @Test
    void test_the_co_receptor_is_a_reference_not_a_name() {
        Map<String, String> m = mentions("Maraviroc blocks CCR5, the co-receptor that HIV uses to enter T cells.");
        assertFalse(m.containsKey("co-receptor"), m.toString());
    }
}
