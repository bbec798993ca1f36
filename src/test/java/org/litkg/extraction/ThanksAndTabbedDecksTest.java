package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.document.SourceFormat;

/** A dinner speech's thanks and a flash-card deck's tab-separated rows. Every text is written for the test. */
class ThanksAndTabbedDecksTest {

    @Test
    void test_thanks_to_a_person_and_everyone_at_a_place_places_the_person() {
        List<String> read = read("Before we eat, my thanks to Dr Ngozi Abara-Lund and everyone at the Wellcome Sanger "
                + "Institute, without whom this meeting would not have happened.");
        assertTrue(read.contains("Ngozi Abara-Lund affiliatedWith Wellcome Sanger Institute"), read.toString());
    }

    @Test
    void test_a_decks_tabbed_rows_are_read_one_by_one_as_glossary_lines() {
        List<String> read = read(SourceFormat.PLAIN.reduce("#deck: Antivirals\n#columns: front\tback\n"
                + "vicriviroc\tCCR5 antagonist; blocks HIV entry into T cells; development stopped in 2010\n"
                + "maraviroc\tCCR5 antagonist; approved for CCR5-tropic HIV\n").text());
        assertTrue(read.contains("vicriviroc blocks CCR5"), read.toString());
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_one_tabbed_line_is_no_deck() {
        String text = "Gene\tCXCR4 is the receptor that plerixafor blocks\n";
        assertTrue(SourceFormat.PLAIN.reduce(text).text().contains("\t"), SourceFormat.PLAIN.reduce(text).text());
    }
}
