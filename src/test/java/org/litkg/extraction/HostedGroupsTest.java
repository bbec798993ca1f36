package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A welcome post's or an open day's institution, named once as where newcomers or visitors come, hosts the groups the
 * text then shows them: their heads work there and their studies were done there, unless the text places them itself.
 * Every text is written for the test.
 */
class HostedGroupsTest {

    private static final String WELCOME = "New starters\n\nSix new graduate students joined the Department of "
            + "Pharmacology at the University of Oxford in October. Lena Marsh-Oyelaran joins the laboratory of "
            + "Dr. Petra Holmqvist-Ade. Two years ago her team showed that melanoma cells release CXCL1, which binds "
            + "CXCR2 on neutrophils; the paper appeared in Cancer Research. ";

    @Test
    void test_a_group_head_newcomers_join_works_where_they_arrived() {
        List<String> read = read(WELCOME);
        assertTrue(read.contains("Petra Holmqvist-Ade affiliatedWith University of Oxford"), read.toString());
        assertTrue(read.contains("study conductedBy University of Oxford"), read.toString());
    }

    @Test
    void test_a_group_head_the_text_places_elsewhere_keeps_that_place() {
        List<String> read = read(WELCOME + "Jonas Okafor will work with Professor Ines Valtonen of Karolinska Institutet, "
                + "whose lab tests plerixafor.");
        assertTrue(read.contains("Ines Valtonen affiliatedWith Karolinska Institutet"), read.toString());
        assertFalse(read.contains("Ines Valtonen affiliatedWith University of Oxford"), read.toString());
    }

    @Test
    void test_visitors_coming_to_an_institution_make_it_the_host_of_our_group() {
        List<String> read = read("Open day script\n\nStop 2. Say: \"Our group, led by Professor Hamid Castellanos-Byrne, "
                + "found that lung cancer cells release CCL2. Our paper appeared in Oncogene.\"\n\nThank visitors for "
                + "coming to the University of Leeds.");
        assertTrue(read.contains("Hamid Castellanos-Byrne affiliatedWith University of Leeds"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leeds"), read.toString());
    }

    @Test
    void test_a_text_without_arriving_newcomers_hosts_no_group() {
        List<String> read = read("Lab news\n\nA student from the University of Leeds visited us. Lena joins the group of "
                + "Dr. Petra Holmqvist-Ade, whose team studies CXCL1.");
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Petra Holmqvist-Ade affiliatedWith")), read.toString());
    }

    @Test
    void test_a_student_who_joins_a_group_or_comes_to_us_from_somewhere_is_a_person() {
        List<String> names = Readings.typedNames(WELCOME + "Tomas Berglund-Achebe comes to us from the University of "
                + "Porto.");
        assertTrue(names.contains("PERSON Lena Marsh-Oyelaran"), names.toString());
        assertTrue(names.contains("PERSON Tomas Berglund-Achebe"), names.toString());
    }
}
