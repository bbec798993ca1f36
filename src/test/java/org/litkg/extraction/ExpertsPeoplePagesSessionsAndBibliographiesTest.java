package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings that the hundred-and-ninety-fourth held-out set's kinds of writing need: a lab website's people page
 * (members' "Name, PhD - Post" lines under the institute's line, "the lab reported in J" under the lab's title), a
 * cancer's cells named with its short name in brackets, and an annotated bibliography's "The paper does not say
 * whether X can be combined with Y". Every text is written for the test.
 */
class ExpertsPeoplePagesSessionsAndBibliographiesTest {

    private static final String MEMBERS = "Ines Albrecht-Moyo, MD, PhD - Group Leader\nInes leads the lab's work on "
            + "lymph nodes. In 2025 the lab reported in Blood that KHL-9 blocks CCR7.\n\nPavel Okonkwo-Lind, PhD - "
            + "Postdoctoral Researcher\nPavel tests KHL-9 in mice.\n\nSaga Brennholm-Adu - PhD Student\nSaga studies "
            + "dendritic cells.\n";

    @Test
    void test_a_people_pages_members_work_at_the_institute_its_head_line_names_and_lead_the_labs_work() {
        List<String> read = read("Albrecht-Moyo Lab | People\n\nKarolinska Institutet, Department of Medicine, "
                + "Solna\n\n" + MEMBERS);
        for (String member : List.of("Ines Albrecht-Moyo", "Pavel Okonkwo-Lind", "Saga Brennholm-Adu")) {
            assertTrue(read.contains(member + " affiliatedWith Karolinska Institutet"), read.toString());
        }
        assertTrue(read.contains("study ledBy Ines Albrecht-Moyo"), read.toString());
        assertTrue(read.contains("study conductedBy Karolinska Institutet"), read.toString());
        // without the institute's line nobody is placed, and a page not titled for its head names no lab's leader
        List<String> unplaced = read("Our people\n\n" + MEMBERS);
        assertFalse(unplaced.stream().anyMatch(x -> x.contains("affiliatedWith") || x.contains("ledBy")),
                unplaced.toString());
    }

    @Test
    void test_a_member_line_with_a_post_after_a_dash_names_a_person() {
        List<String> names = typedNames("People\n\nKarolinska Institutet\n\n" + MEMBERS);
        assertTrue(names.contains("PERSON Saga Brennholm-Adu"), names.toString());
        assertTrue(names.contains("PERSON Pavel Okonkwo-Lind"), names.toString());
    }

    @Test
    void test_a_cancers_cells_named_with_its_short_name_in_brackets_carry_the_receptor() {
        List<String> read = read("Notes\n\nCCL21 binds CCR7 on chronic lymphocytic leukaemia (CLL) cells.\n");
        assertTrue(read.contains("CCR7 expressedOn chronic lymphocytic leukaemia"), read.toString());
        List<String> disease = read("Notes\n\nCCL21 binds CCR7 in chronic lymphocytic leukaemia (CLL).\n");
        assertFalse(disease.stream().anyMatch(x -> x.contains("expressedOn")), disease.toString());
    }

    @Test
    void test_a_paper_that_does_not_say_whether_two_drugs_combine_leaves_the_question_open() {
        List<String> open = read("Notes\n\nThe paper does not say whether eptinezumab can be combined with botulinum "
                + "toxin.\n");
        assertFalse(open.stream().anyMatch(x -> x.contains("combinedWith")), open.toString());
        List<String> said = read("Notes\n\nThe paper says that eptinezumab can be combined with botulinum toxin.\n");
        assertTrue(said.stream().anyMatch(x -> x.startsWith("eptinezumab combinedWith botulinum toxin")),
                said.toString());
    }
}
