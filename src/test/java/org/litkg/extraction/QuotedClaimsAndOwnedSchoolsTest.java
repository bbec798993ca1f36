package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 377 showed litkg missing or misreading: a fact check's claim quoted after its subject
 * ('says the drug X "blocks Y"') which the text then denies, a professor "from the university's School of X", and a
 * blog's "Posted by X on Sunday". Every text is written for the test.
 */
class QuotedClaimsAndOwnedSchoolsTest {

    @Test
    void test_a_claim_quoted_after_its_subject_and_denied_later_states_nothing() {
        List<String> read = Readings.read("CLAIM: A video says the cough syrup dextromethorphan \"blocks the CCR2 "
                + "receptor\". RATING: False. There is no evidence that dextromethorphan blocks CCR2.");
        assertTrue(read.contains("dextromethorphan blocks CCR2 NEG"), read.toString());
        assertFalse(read.contains("dextromethorphan blocks CCR2"), read.toString());
    }

    @Test
    void test_a_school_the_university_owns_places_its_professor_at_the_university() {
        List<String> read = Readings.read("The study comes from the University of Dundee. The work, led by Professor "
                + "Ilse Brandt from the university's School of Life Sciences, used mice.");
        assertTrue(read.contains("Ilse Brandt affiliatedWith University of Dundee"), read.toString());
        assertFalse(read.contains("Ilse Brandt affiliatedWith School of Life Sciences"), read.toString());
    }

    @Test
    void test_a_blog_posted_by_a_name_on_a_weekday_names_a_person() {
        List<String> names = Readings.typedNames("Why CXCR4 matters\n\nPosted by Tobias Renner on Friday\n\n"
                + "CXCR4 sits on many white blood cells.");
        assertTrue(names.contains("PERSON Tobias Renner"), names.toString());
    }
}
