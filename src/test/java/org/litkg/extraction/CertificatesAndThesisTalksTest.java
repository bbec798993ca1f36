package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An award certificate's citation ("her discovery that ...") and a Three Minute Thesis script's "My project found":
 * findings their owner's own work made. Every text is written for the test.
 */
class CertificatesAndThesisTalksTest {

    @Test
    void test_her_discovery_that_is_a_study_she_leads() {
        List<String> read = read("Certificate of Award\n\nThe Hartley Prize is presented to\n\n"
                + "Dr. Rowan Achterberg-Ngata\nUniversity of Glasgow\n\nin recognition of her discovery that "
                + "regulatory T cells in tumours carry CCR8. The work was published in Cancer Cell in 2026.\n");
        assertTrue(read.contains("study ledBy Rowan Achterberg-Ngata"), read.toString());
        assertTrue(read.contains("study conductedBy University of Glasgow"), read.toString());
        assertTrue(read.contains("CCR8 expressedOn regulatory T cell"), read.toString());
    }

    @Test
    void test_a_students_project_that_found_something_is_a_study_the_student_leads_where_they_study() {
        List<String> read = read("Three Minute Thesis - final\n\nHi, I'm Jack Ndlovu-Harris, and I'm a PhD student at "
                + "Monash University.\n\nWhen prostate cancer spreads, it usually goes to the bone. Why? My project "
                + "found part of the answer. The stromal cells in bone marrow make a chemokine called CXCL12.\n");
        assertTrue(read.contains("study ledBy Jack Ndlovu-Harris"), read.toString());
        assertTrue(read.contains("study conductedBy Monash University"), read.toString());
    }
}
