package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-eighth held-out set's kinds of writing need: a clinician scientist's "About me"
 * page ("I work at X and lead a small research group at Y", then "my group reported in J"). Every text is written for
 * the test.
 */
class AboutPagesAndLedGroupsTest {

    private static final String ABOUT = "About me\n\nI'm Dr. Tomasz Wierzbicki-Adeyemi, a clinician scientist. I work "
            + "at the Oxford University Hospitals NHS Foundation Trust and lead a small research group at the MRC "
            + "Weatherall Institute of Molecular Medicine.\n\n";

    @Test
    void test_the_group_a_writer_leads_beside_a_post_elsewhere_is_where_the_groups_study_was_done() {
        List<String> read = read(ABOUT + "In 2024 my group reported in Blood that motixafortide blocks CXCR4.\n");
        assertTrue(read.contains("Tomasz Wierzbicki-Adeyemi affiliatedWith Oxford University Hospitals NHS Foundation "
                + "Trust"), read.toString());
        assertTrue(read.contains("Tomasz Wierzbicki-Adeyemi affiliatedWith MRC Weatherall Institute of Molecular "
                + "Medicine"), read.toString());
        assertTrue(read.contains("study ledBy Tomasz Wierzbicki-Adeyemi"), read.toString());
        assertTrue(read.contains("study conductedBy MRC Weatherall Institute of Molecular Medicine"), read.toString());
        assertFalse(read.contains("study conductedBy Oxford University Hospitals NHS Foundation Trust"),
                read.toString());
    }

    @Test
    void test_leading_a_group_somewhere_is_a_post_not_a_study() {
        List<String> read = read(ABOUT + "Outside work I coach a football team.\n");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("study")), read.toString());
    }
}
