package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A receptor named after "their", and a lab's head named in a contact line. Every text is written for the test. */
class SamplersPuzzlesAndCollaboratorAdvertsTest {

    @Test
    void test_a_receptor_named_after_their_is_on_the_cells_named_before() {
        List<String> read = read("""
                Stitched in red thread: CCL2 calls the monocytes, and it binds their CCR2 as they roll past.
                """);
        assertTrue(read.contains("CCR2 expressedOn monocyte"), read.toString());
        List<String> none = read("""
                Stitched in red thread: CCL2 calls the monocytes, and it binds CCR2 as they roll past the wall.
                """);
        assertFalse(none.contains("CCR2 expressedOn monocyte"), none.toString());
    }

    @Test
    void test_the_labs_head_named_in_a_contact_line_leads_the_labs_work() {
        List<String> read = read("""
                Small lab at the University of Dundee seeks a partner with a CCR8 reporter mouse. We found that \
                regulatory T cells in skin tumours carry CCR8. Contact the lab's head, Dr. Morag Ekundayo-Finch.
                """);
        assertTrue(read.contains("study ledBy Morag Ekundayo-Finch"), read.toString());
        assertTrue(read.contains("study conductedBy University of Dundee"), read.toString());
    }
}
