package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leaver's farewell e-mail ("From: X", "my last day at Y", "After six years in Dr. Z's group", "Our work ...: we
 * found"), a lab's letter signed by its head ("Dr. X, head of the lab") and a graduation booklet's supervisors under
 * a university and its college. Every text is written for the test.
 */
class FarewellsAndTimeCapsulesTest {

    private static final String FAREWELL = """
            From: Bartosz Lindqvist-Amadi
            To: Everyone, Institute of Cancer Sciences
            Subject: Leaving drinks on Friday

            Hi all,

            Friday is my last day at the Beatson Institute. After four years in Dr. Nkechi Halvorsen-Obi's lab I am off \
            to teach in Malaga.

            Our work on CCR2 is what I will remember: we showed that CCL2, made by fibroblasts in the tumour, binds \
            CCR2 on monocytes. The paper came out in Cancer Cell in May.

            Bartosz
            """;

    @Test
    void test_a_leavers_email_places_the_sender_and_the_head_of_their_lab_and_gives_the_head_the_labs_work() {
        List<String> read = read(FAREWELL);
        assertTrue(read.contains("Bartosz Lindqvist-Amadi affiliatedWith Beatson Institute"), read.toString());
        assertTrue(read.contains("Nkechi Halvorsen-Obi affiliatedWith Beatson Institute"), read.toString());
        assertTrue(read.contains("study ledBy Nkechi Halvorsen-Obi"), read.toString());
        assertTrue(read.contains("study conductedBy Beatson Institute"), read.toString());
        assertTrue(read.contains("study publishedIn Cancer Cell"), read.toString());
        assertFalse(read.contains("study ledBy Bartosz Lindqvist-Amadi"), read.toString());
    }

    @Test
    void test_a_letter_signed_by_the_head_of_the_lab_makes_its_paper_theirs() {
        List<String> read = read("""
                For the lab's twentieth birthday

                Dear friends of the lab,

                This spring we found that keratinocytes release CCL27, which binds CCR10 on skin-homing T cells. Our \
                paper came out in Immunity in April.

                With thanks,
                Professor Ingrid Sandvik-Mensah, head of the lab
                """);
        assertTrue(read.contains("study ledBy Ingrid Sandvik-Mensah"), read.toString());
        assertTrue(read.contains("study publishedIn Immunity"), read.toString());
    }

    @Test
    void test_a_supervisor_under_a_university_and_its_college_works_at_the_university() {
        List<String> read = read("""
                University of Aberdeen
                Winter Graduation, Elphinstone Hall, 4 December 2026
                Doctors of Philosophy, College of Life Sciences and Medicine

                Thesis: Chemokines in the ageing gut
                Supervisor: Professor Alasdair Moncrieff-Oyelowo
                The thesis showed that epithelial cells of the colon release CCL28.
                """);
        assertTrue(read.contains("Alasdair Moncrieff-Oyelowo affiliatedWith University of Aberdeen"), read.toString());
        assertFalse(read.toString().contains("affiliatedWith College of"), read.toString());
    }

    @Test
    void test_a_new_position_announcement_places_its_signer_and_gives_the_former_head_her_labs_work() {
        List<String> read = read("""
                I'm happy to share that I'm starting a new position as Group Leader at the Babraham Institute.

                Thank you to Professor Hanne Solberg-Achebe, whose lab at Uppsala University was my home for six years. \
                In her lab we showed that keratinocytes release CCL27, which binds CCR10. The work was published in \
                Immunity.

                Dr. Tariq Lindholm-Owusu
                """);
        assertTrue(read.contains("Tariq Lindholm-Owusu affiliatedWith Babraham Institute"), read.toString());
        assertTrue(read.contains("study ledBy Hanne Solberg-Achebe"), read.toString());
        assertTrue(read.contains("study conductedBy Uppsala University"), read.toString());
    }
}
