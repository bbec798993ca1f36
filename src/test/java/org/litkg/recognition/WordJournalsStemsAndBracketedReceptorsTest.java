package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names the forty-ninth held-out set showed litkg missing or mistyping: a journal named by an ordinary word in a
 * publication context, the multispecific antibody stem -mig and the incretin stems beyond -glutide, a receptor named
 * with its ligand's bracketed abbreviation, complement fragments, trophoblasts and pre-eclampsia. Every sentence is
 * written for the test.
 */
class WordJournalsStemsAndBracketedReceptorsTest {

    @Test
    void test_an_ordinary_word_is_a_journal_only_where_a_paper_appears_in_it() {
        Map<String, String> m = Recognitions.mentions("The results were published in the journal Obesity. "
                + "Obesity raises the risk of diabetes.");
        assertEquals("Journal", m.get("Obesity"), m.toString());
        Map<String, String> plain = Recognitions.mentions("Obesity raises the risk of heart disease in adults.");
        assertFalse("Journal".equals(plain.get("Obesity")), plain.toString());
    }

    @Test
    void test_multispecific_and_incretin_stems_name_drugs() {
        Map<String, String> m = Recognitions.mentions("Velsekimig was compared with velzepatide and pemsurdutide.");
        assertEquals("Drug", m.get("Velsekimig"), m.toString());
        assertEquals("Drug", m.get("velzepatide"), m.toString());
        assertEquals("Drug", m.get("pemsurdutide"), m.toString());
    }

    @Test
    void test_a_receptor_named_with_its_ligands_bracketed_abbreviation_is_one_receptor() {
        var doc = Recognitions.recognize("It activates the glucose-dependent insulinotropic polypeptide (GIP) receptor and "
                + "the glucagon-like peptide 1 (GLP-1) receptor, but the tumour necrosis factor (VEGF) receptor is no "
                + "such name.");
        var names = doc.mentions().get(0).stream().filter(x -> x.type() == EntityType.RECEPTOR)
                .map(x -> doc.entities().of(x).preferredName()).toList();
        assertEquals(java.util.List.of("GIP receptor", "GLP-1 receptor"), names, doc.mentions().toString());
    }

    @Test
    void test_complement_fragments_trophoblasts_and_pre_eclampsia_are_named() {
        Map<String, String> m = Recognitions.mentions("C5 is split into C5a and C5b near trophoblasts in women with "
                + "preeclampsia.");
        assertEquals("Protein", m.get("C5a"), m.toString());
        assertEquals("Protein", m.get("C5b"), m.toString());
        assertEquals("CellType", m.get("trophoblasts"), m.toString());
        assertEquals("Disease", m.get("preeclampsia"), m.toString());
    }
}
