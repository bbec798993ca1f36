package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A research group's meet-the-team page: a title before the group and its university, each member's name and post in
 * lower case on a line of their own. Every text is written for the test.
 */
class TeamPagesTest {

    @Test
    void test_a_team_pages_members_work_at_the_university_its_heading_names() {
        List<String> read = read("Meet the team - Cardiovascular Inflammation Group, University of Leicester\n\n"
                + "Professor Anjali Rao-Whitfield, group leader\nAnjali trained in Bangalore and Oxford. Her group "
                + "showed that damaged blood vessel walls release CX3CL1, which binds CX3CR1 on monocytes.\n\n"
                + "Dr. Samuel Okoye-Brandt, postdoctoral researcher\nSam studies how statins change the monocytes.\n\n"
                + "Chloe Lindqvist, PhD student\nChloe tests CX3CR1 antagonists in mice.\n");
        assertTrue(read.contains("Anjali Rao-Whitfield affiliatedWith University of Leicester"), read.toString());
        assertTrue(read.contains("Samuel Okoye-Brandt affiliatedWith University of Leicester"), read.toString());
        assertTrue(read.contains("Chloe Lindqvist affiliatedWith University of Leicester"), read.toString());
        assertTrue(read.contains("study conductedBy University of Leicester"), read.toString());
    }
}
