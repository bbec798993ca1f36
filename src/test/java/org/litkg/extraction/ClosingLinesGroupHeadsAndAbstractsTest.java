package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings held-out set 378 showed litkg missing or misreading: a closing line of five words ("Read the paper in
 * Immunity."), a full name heading "X Y's group at Z", a particle verb in an object relative clause ("which T cells
 * switch on"), "X, the company's chief executive" after "said", and a seminar abstract's "We show that". Every text is
 * written for the test.
 */
class ClosingLinesGroupHeadsAndAbstractsTest {

    @Test
    void test_a_short_closing_sentence_on_its_own_line_is_read() {
        List<String> read = Readings.readPlain("A new study on gut T cells.\n\nThe team studied mice for a year and "
                + "found that epithelial cells release CCL25.\n\nRead the paper in Immunity.\n");
        assertTrue(read.contains("study publishedIn Immunity"), read.toString());
    }

    @Test
    void test_a_full_name_heading_a_group_at_an_institute_is_a_person_who_leads() {
        List<String> read = Readings.read("This week's pick comes from Maren Holt's group at the Pasteur Institute.");
        assertTrue(read.contains("study ledBy Maren Holt"), read.toString());
        assertTrue(read.contains("Maren Holt affiliatedWith Institut Pasteur"), read.toString());
    }

    @Test
    void test_a_particle_verb_in_an_object_relative_clause_takes_the_antecedent() {
        List<String> read = Readings.read("The chemokine binds CCR9, which T cells switch on when they are primed.");
        assertTrue(read.contains("CCR9 expressedOn T cell"), read.toString());
    }

    @Test
    void test_a_company_chief_executive_apposed_after_said_works_there() {
        List<String> read = Readings.read("Quorvant Bio will cut 40 jobs. \"We are disappointed,\" said Lena Fisch, "
                + "the company's chief executive.");
        assertTrue(read.contains("Lena Fisch affiliatedWith Quorvant Bio"), read.toString());
        List<String> names = Readings.typedNames("\"We are disappointed,\" said Lena Fisch, the company's chief "
                + "executive.");
        assertTrue(names.contains("PERSON Lena Fisch"), names.toString());
    }

    @Test
    void test_a_seminar_abstracts_we_show_is_the_speakers_study() {
        List<String> read = Readings.readPlain("Seminar Series\n\nSpeaker: Dr. Kofi Mensah, Assistant Professor, "
                + "University of Michigan\n\nAbstract: We show that neurons release CX3CL1, which binds CX3CR1 on "
                + "microglia.\n");
        assertTrue(read.contains("study ledBy Kofi Mensah"), read.toString());
        assertTrue(read.contains("study conductedBy University of Michigan"), read.toString());
    }

    @Test
    void test_we_inside_another_persons_lab_does_not_make_the_writer_lead() {
        List<String> read = Readings.readPlain("Speaker: Dr. Kofi Mensah, University of Michigan\n\nAbstract: In "
                + "Dr. Ana Ruiz's lab we showed that neurons release CX3CL1.\n");
        assertFalse(read.contains("study ledBy Kofi Mensah"), read.toString());
    }
}
