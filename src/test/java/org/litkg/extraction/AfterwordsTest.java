package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A book's afterword in the first person, signed at its end with the author's name over a place and a date. Every
 * text is written for the test.
 */
class AfterwordsTest {

    private static final String AFTERWORD = "Afterword to the paperback edition\n\nSince this book first appeared in "
            + "2022, a great deal has changed in the field.\n\nMy own team at the Francis Crick Institute has found "
            + "that small cell lung cancer cells release CXCL12. We published that work in Nature Medicine last "
            + "spring.\n\n"
            + "I am more hopeful now than when I wrote the last chapter.\n\nRebecca Ashworth-Nkemelu\nLondon, January "
            + "2027\n";

    @Test
    void test_a_first_person_text_signed_with_a_name_over_a_place_and_date_is_that_persons() {
        List<String> read = read(AFTERWORD);
        assertTrue(read.contains("Rebecca Ashworth-Nkemelu affiliatedWith Francis Crick Institute"), read.toString());
        assertTrue(read.contains("study ledBy Rebecca Ashworth-Nkemelu"), read.toString());
    }

    @Test
    void test_we_published_that_work_in_a_journal_publishes_the_study() {
        List<String> read = read(AFTERWORD);
        assertTrue(read.contains("study publishedIn Nature Medicine"), read.toString());
    }
}
