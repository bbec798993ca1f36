package org.litkg.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Short texts wrapped at a fixed width where only two lines are wrapped, or where the wrapped lines are the longest of
 * a page of short field lines: a calendar invitation, an animation's storyboard. Every text is written for the test.
 */
class ShortWrappedTextsTest {

    private static final String INVITATION = """
            Invitation: Departmental seminar - "Chemokines and the injured kidney"

            When: Thursday 4 February 2027, 12:00-13:00
            Organiser: Ruth Abernathy-Cole

            Description:
            Our speaker, Dr. Joaquin Herrera-Blom of the University of Copenhagen, will present his group's new work on
            kidney injury. His team found that damaged tubular cells release CX3CL1, which binds CX3CR1 on monocytes and
            draws them into the wound. The paper appeared in Circulation in January.
            """;

    @Test
    void test_a_short_text_with_two_wrapped_lines_is_joined_into_its_paragraph() {
        String text = WrappedLines.unwrap(INVITATION);
        assertTrue(text.contains("his group's new work on kidney injury. His team found that damaged tubular cells "
                + "release CX3CL1, which binds CX3CR1 on monocytes and draws them"), text);
    }

    private static final String STORYBOARD = """
            Storyboard: "How dendritic cells find the lymph node"
            Science adviser: Dr. Mirela Kovac-Adeyemi, Department of Immunology, University of Zurich
            Draft 3, for comment

            Scene 1
            Visual: A dendritic cell crawls through the skin.
            Narration: "When your skin is cut, dendritic cells pick up pieces of the germs."

            Scene 2
            Visual: The cell sprouts bright receptors on its surface, labelled CCR7.
            Narration: "To carry the news, they switch on a receptor called CCR7."

            Scene 3
            Visual: The walls of a lymphatic vessel glow.
            Narration: "Lymphatic endothelial cells release a chemokine, CCL21, which binds CCR7 and guides it into
            the vessel."

            Scene 4
            Visual: The adviser at a microscope in her lab.
            Narration: "Dr. Kovac-Adeyemi's team at the University of Zurich filmed this journey in living mice for the
            first time."
            """;

    @Test
    void test_wrapped_lines_longer_than_every_other_line_are_joined_but_not_a_line_its_writer_ended() {
        String text = WrappedLines.unwrap(STORYBOARD);
        assertTrue(text.contains("guides it into the vessel.\""), text);
        assertTrue(text.contains("in living mice for the first time.\""), text);
        // "Draft" would have fitted on the adviser's line, so the writer ended it there: not a wrapped line
        assertFalse(text.contains("University of Zurich Draft"), text);
    }

    private static final String TABLE_PLAN = """
            Table plan: Chemokine Biology Symposium dinner, Edinburgh, 14 May 2027
            Table 4 (host: Professor Ingrid Solberg-Mensah)

            Seat 1: Professor Ingrid Solberg-Mensah, University of Oslo. Host. Her group showed that stromal cells in
            the lymph node make CCL19, which binds CCR7 on naive T cells (Immunity, 2024).
            Seat 2: Dr. Kofi Brennan-Arai, Novartis. Works on antibodies against CCR7.
            Seat 3: Dr. Maya Lindqvist-Okafor, University of Edinburgh. Tomorrow's keynote speaker: her team found that
            glioblastoma cells secrete CXCL12 and that plerixafor, which blocks CXCR4, slows the tumours in mice.
            Seat 4: Mr. Tom Reid, symposium sponsor.
            """;

    @Test
    void test_a_numbered_label_opens_an_item_so_a_seat_ending_its_sentence_at_the_margin_does_not_count_against() {
        String text = WrappedLines.unwrap(TABLE_PLAN);
        assertTrue(text.contains("stromal cells in the lymph node make CCL19"), text);
        assertTrue(text.contains("her team found that glioblastoma cells secrete CXCL12"), text);
        assertTrue(text.contains("in mice.\nSeat 4: Mr. Tom Reid"), text);
    }

    private static final String DECISION_TREE = """
            Decision tree: stem cell mobilisation before an autologous transplant (the text of Figure 2)

            Step 1: Give filgrastim for four days and count the CD34+ cells in the blood on day four.
              - If fewer than 20 per microlitre: give plerixafor, which blocks CXCR4 and frees the cells,
                on the evening of day 4, together with the next dose of filgrastim; collect on day 5.
            Step 2: If the collection still fails, discuss the patient with the transplant team next.

            Note: plerixafor was approved by the US Food and Drug Administration in 2008 for use with
            filgrastim in these patients.
            """;

    @Test
    void test_a_bulleted_items_text_wrapped_under_its_first_word_joins_its_line() {
        String text = WrappedLines.unwrap(DECISION_TREE);
        assertTrue(text.contains("frees the cells, on the evening of day 4, together with"), text);
        assertTrue(text.contains("for use with filgrastim in these patients."), text);
    }

    private static final String CERTIFICATE = """
            Certificate of Award

            The Hartley Prize for Translational Immunology 2027 is presented to

            Dr. Rowan Achterberg-Ngata
            University of Glasgow

            in recognition of her discovery that regulatory T cells in tumours carry CCR8, and that an antibody
            removes them and lets killer T cells attack the cancer. The work was published in Cancer Cell.
            """;

    @Test
    void test_a_short_texts_one_wrapped_line_joins_where_its_sentence_goes_on_in_lower_case() {
        String text = WrappedLines.unwrap(CERTIFICATE);
        assertTrue(text.contains("and that an antibody removes them"), text);
        assertTrue(text.contains("Dr. Rowan Achterberg-Ngata\nUniversity of Glasgow"), text);
    }

    private static final String REPORT = """
            HISTOPATHOLOGY REPORT
            Department of Cellular Pathology, Leeds Teaching Hospitals NHS Trust

            Conclusion: lymphoplasmacytic lymphoma.

            Addendum (research): with the patient's consent, a block has been sent to a trial, led by Dr. Imogen
            Ferreira-Castle at St James's University Hospital, which is testing mavorixafor with rituximab.

            Reported by: Dr. Priya Anand-Okoro, Consultant Histopathologist
            """;

    @Test
    void test_a_short_texts_one_wrapped_line_at_its_longest_joins_though_the_next_opens_with_a_name() {
        String text = WrappedLines.unwrap(REPORT);
        assertTrue(text.contains("led by Dr. Imogen Ferreira-Castle at St James's"), text);
        assertTrue(text.contains("HISTOPATHOLOGY REPORT\nDepartment of Cellular Pathology"), text);
    }

    @Test
    void test_a_line_ending_in_a_title_goes_on_with_the_name_on_the_next() {
        String text = WrappedLines.unwrap("""
                Customs declaration - biological samples (exempt human specimens)

                Purpose: research only, not for sale. The samples will be tested for CXCL13. In the study, led by Dr.
                Brennan-Mwale, peripheral helper T cells in the kidneys of people with lupus nephritis made CXCL13,
                which binds CXCR5 on B cells.

                Value: no commercial value.
                """);
        assertTrue(text.contains("led by Dr. Brennan-Mwale, peripheral helper T cells"), text);
    }

    @Test
    void test_a_line_at_the_longest_width_that_ends_a_sentence_does_not_stop_the_wrapped_lines_joining() {
        String text = WrappedLines.unwrap("""
                Notes for the new starters

                Welcome to the lab. Our freezers and the tissue culture room are on the third floor of the Hayes Wing at
                Newcastle University. Please book the hood a day ahead, and label every flask with your name and date.
                Last spring we found that pericytes around the tumour vessels release CXCL12, which holds T cells at the
                edge. Ask anyone.

                Good luck,
                Dr. Morwenna Quayle-Adisa
                """);
        assertTrue(text.contains("Hayes Wing at Newcastle University."), text);
        assertTrue(text.contains("holds T cells at the edge."), text);
        assertTrue(text.contains("Good luck,\nDr. Morwenna Quayle-Adisa"), text);
    }

    @Test
    void test_a_wrapped_line_that_ends_at_a_semicolon_goes_on_in_lower_case_on_the_next() {
        String text = WrappedLines.unwrap("""
                Best in Show, Immune Class: judge's critique

                First: Th17 cell, handled by Dr. Ines Falk (RIKEN). Lovely gait and a fine coat of CCR6 receptors;
                carries them with pride.
                Second: plasmacytoid dendritic cell, handled by Mr. Tobias Wren (EMBL). Well presented, if a little
                shy in the ring.
                Reserve: Monocyte. Releases CCL2 generously; slow to settle.
                """);
        assertTrue(text.contains("CCR6 receptors; carries them with pride."), text);
        assertTrue(text.contains("pride.\nSecond:"), text);
    }

    @Test
    void test_a_quoted_title_wrapped_before_its_bracketed_source_is_joined_to_it() {
        String rota = """
                Lab meeting rota, spring term

                13 January: Dr. Ana Ruiz, journal club: "Tumour cells release CXCL9 to draw T cells into tumours"
                (Cancer Cell, 2025)
                20 January: Tomas Berg, data update
                27 January: no meeting (retreat)
                """;
        String text = WrappedLines.unwrap(rota);
        assertTrue(text.contains("into tumours\" (Cancer Cell, 2025)\n20 January"), text);
        String shortQuote = """
                13 January: Dr. Ana Ruiz, journal club: "Tumour cells release CXCL9 to draw T cells into tumours"
                (Cancer Cell, 2025)
                Motto: "Measure twice"
                (Signed by the whole lab, 2024)
                """;
        assertTrue(WrappedLines.unwrap(shortQuote).contains("twice\"\n(Signed"), "a short line is its writer's");
    }

    @Test
    void test_a_live_captioners_speaker_marks_come_off_and_a_turns_wrapped_lines_join() {
        String captions = """
                [LIVE CAPTIONS - Session 2A]

                >> MODERATOR: Our next speaker is Dr. Ana Ruiz from the University of Seville.
                >> DR. RUIZ: Thank you. In our mice, stromal cells in the marrow make CXCL12, and it binds CXCR4 on
                stem cells and holds them in place.
                >> [APPLAUSE]
                """;
        String text = WrappedLines.unwrap(QuotedReplies.unquote(captions));
        assertTrue(text.contains("\nDR. RUIZ: Thank you. In our mice, stromal cells in the marrow make CXCL12, and it "
                + "binds CXCR4 on stem cells and holds them in place.\n[APPLAUSE]"), text);
        String reply = """
                Thanks, that's clear.

                >> On Monday, Ana wrote:
                >> The stromal cells make CXCL12,
                >> which holds the stem cells.
                """;
        String unquoted = QuotedReplies.unquote(reply);
        assertTrue(unquoted.contains("\nOn Monday, Ana wrote:") && !unquoted.contains(">"), unquoted);
    }

    @Test
    void test_a_short_profile_with_a_table_keeps_its_writers_line_ends() {
        String profile = """
                Amara Osei-Lindqvist
                Professor of Immunology, University of Oxford
                Verified email at ox.ac.uk
                Chemokines   T cell migration   Lymph nodes

                TITLE   CITED BY   YEAR
                CCL21 guides naive T cells into lymph nodes through CCR7
                A Osei-Lindqvist, J Park
                Nature Immunology 21 (4), 412-420   812   2020
                """;
        String text = WrappedLines.unwrap(profile);
        assertTrue(text.contains("University of Oxford\nVerified email"), text);
        assertTrue(text.contains("through CCR7\nA Osei-Lindqvist"), text);
    }

    @Test
    void test_a_longest_line_closing_a_gloss_goes_on_in_lower_case() {
        String alt = """
                Image description: A microscope image of a lymph node. Dendritic cells (green) sit next to T cells (red)
                in the node. Credit: Dr. Ana Ruiz, University of Seville.
                """;
        assertTrue(WrappedLines.unwrap(alt).contains("T cells (red) in the node."), WrappedLines.unwrap(alt));
    }
}
