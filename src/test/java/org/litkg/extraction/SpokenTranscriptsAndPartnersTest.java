package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An automatic transcript's fillers, repeats and surname labels, and a copular "the receptor's ligand". Every text
 * is written for the test.
 */
class SpokenTranscriptsAndPartnersTest {

    @Test
    void test_fillers_and_repeated_words_do_not_break_a_finding() {
        List<String> read = read("So what we - what we found is that the, uh, the tumour cells in, in glioblastoma, "
                + "they release CCL2, and CCL2 then, um, brings in the, the macrophages that carry CCR2.");
        assertTrue(read.contains("glioblastoma secretes CCL2"), read.toString());
        assertTrue(read.contains("CCR2 expressedOn macrophage"), read.toString());
    }

    @Test
    void test_a_filler_between_a_preposition_and_a_journal_leaves_the_journal_read() {
        List<String> read = read("Our paper came out in, uh, Cancer Discovery last month.");
        assertTrue(read.contains("study publishedIn Cancer Discovery"), read.toString());
    }

    @Test
    void test_a_filler_in_a_list_of_names_keeps_the_lists_comma() {
        List<String> read = read("Uh, CCL7, um, CCL8 and CCL13 bind CCR2, uh.");
        assertTrue(read.contains("CCL7 binds CCR2"), read.toString());
        assertTrue(read.contains("CCL8 binds CCR2"), read.toString());
    }

    @Test
    void test_a_surname_speaker_label_names_the_guest_whose_lab_it_is() {
        List<String> read = read("""
                HOST: My guest today is Dr Anja Brennecke from the German Cancer Research Center.
                BRENNECKE: Yeah, my lab's paper came out in Cancer Discovery last month.
                """);
        assertTrue(read.contains("study ledBy Anja Brennecke"), read.toString());
        assertTrue(read.contains("study conductedBy German Cancer Research Center"), read.toString());
    }

    @Test
    void test_a_capitals_label_naming_no_one_in_the_text_is_no_person() {
        List<String> read = read("""
                NARRATOR: My lab's paper came out in Cancer Discovery last month.
                """);
        assertFalse(read.stream().anyMatch(l -> l.startsWith("study ledBy")), read.toString());
    }

    @Test
    void test_a_name_that_is_the_receptors_ligand_binds_it() {
        List<String> read = read("Balixafortide is a CXCR4 antagonist; CXCL12 is the receptor's natural ligand.");
        assertTrue(read.contains("CXCL12 binds CXCR4"), read.toString());
    }

    @Test
    void test_a_noun_before_a_compound_that_repeats_it_is_no_stutter() {
        List<String> read = read("In breast and prostate cancer, cancer-associated fibroblasts secrete CXCL14.");
        assertTrue(read.contains("cancer-associated fibroblast secretes CXCL14"), read.toString());
        assertTrue(Readings.typedNames("In breast and prostate cancer, cancer-associated fibroblasts secrete CXCL14.")
                .contains("CANCER prostate cancer"), read.toString());
    }

    @Test
    void test_a_surname_label_is_not_the_subject_a_pronoun_continues() {
        List<String> read = read("""
                ANCHOR: Our medical correspondent Priya Natarajan has the story.
                NATARAJAN: A protein normally keeps a blood enzyme called factor XIIa in check.
                NATARAJAN: The new drug, garadacimab, is an antibody from CSL Behring. It latches onto factor XIIa \
                and stops it from starting that chain reaction.
                """);
        assertTrue(read.contains("garadacimab binds factor XIIa"), read.toString());
    }

    @Test
    void test_a_symbol_in_capitals_is_no_filler() {
        List<String> read = read("Uveal melanoma (UM) is rare. UM, like other melanomas, releases CXCL12.");
        assertTrue(read.contains("uveal melanoma secretes CXCL12"), read.toString());
    }
}
