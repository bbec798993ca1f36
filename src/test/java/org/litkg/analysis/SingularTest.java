package org.litkg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The plural-to-singular rule that cue lookups use: nouns that end in "-ies" but are no plural stay as they are. */
class SingularTest {

    @Test
    void test_invariant_nouns_ending_in_ies_stay_whole() {
        assertEquals("series", Lemmatizer.singular("series"));
        assertEquals("species", Lemmatizer.singular("species"));
        assertEquals("rabies", Lemmatizer.singular("rabies"));
    }

    @Test
    void test_plurals_lose_their_endings() {
        assertEquals("antibody", Lemmatizer.singular("antibodies"));
        assertEquals("inhibitor", Lemmatizer.singular("inhibitors"));
        assertEquals("melanoma", Lemmatizer.singular("melanomas"));
        assertEquals("diabetes", Lemmatizer.singular("diabetes"));
    }

    @Test
    void test_greek_plurals_in_es_take_their_is_ending() {
        assertEquals("metastasis", Lemmatizer.singular("metastases"));
        assertEquals("analysis", Lemmatizer.singular("analyses"));
        assertEquals("hypothesis", Lemmatizer.singular("hypotheses"));
        assertEquals("disease", Lemmatizer.singular("diseases"));
    }
}
