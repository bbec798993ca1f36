package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.plain;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An errata list, a news ticker, an affidavit, a patient leaflet and a comic's panel. Texts written for the test. */
class ErrataTickersAffidavitsAndLeafletsTest {

    @Test
    void test_an_erratas_wrong_text_is_denied_and_its_right_text_asserted() {
        List<String> read = read("Errata for the second edition\n\np. 45, line 3: for \"plerixafor blocks CXCR7\" read "
                + "\"plerixafor blocks CXCR4\".\n");
        assertTrue(read.contains("plerixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("plerixafor blocks ACKR3 NEG"), read.toString());
        assertFalse(read.contains("plerixafor blocks ACKR3"), read.toString());
    }

    @Test
    void test_a_tickers_items_wrapped_over_lines_are_read_one_by_one() {
        String crawl = "BREAKING *** FDA APPROVES MAVORIXAFOR, A CXCR4 BLOCKER, FOR WHIM SYNDROME *** OIL PRICES DIP\n"
                + "AS WINTER NEARS *** RAIN EXPECTED TONIGHT ***\n";
        String reduced = plain(crawl);
        assertTrue(reduced.contains("\nOIL PRICES DIP AS WINTER NEARS.\n"), reduced);
        List<String> read = read(reduced);
        assertTrue(read.contains("mavorixafor blocks CXCR4"), read.toString());
        assertTrue(read.contains("mavorixafor approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_bulleted_list_is_no_crawl_and_a_crawl_may_open_with_its_mark() {
        String list = plain("Key points\n\n\u2022 plerixafor blocks CXCR4\n\u2022 it was approved in 2008\n"
                + "\u2022 it is given with G-CSF\n");
        assertTrue(list.contains("\u2022 plerixafor blocks CXCR4\n\u2022 it was approved in 2008\n"), list);
        String crawl = plain("*** BREAKING *** FDA APPROVES MAVORIXAFOR *** RAIN ***\n");
        assertTrue(crawl.startsWith("BREAKING.\nFDA APPROVES MAVORIXAFOR.\n"), crawl);
    }

    @Test
    void test_an_affidavits_heading_names_whose_laboratory_reported_the_finding() {
        List<String> read = read("AFFIDAVIT OF DR. ELENA MARCHETTI-OWUSU\n\n1. I am a professor of pharmacology at "
                + "the University of Padua.\n2. In 2021 my laboratory reported in the Journal of Infectious Diseases "
                + "that maraviroc does not block CXCR4.\n");
        assertTrue(read.contains("Elena Marchetti-Owusu affiliatedWith University of Padua"), read.toString());
        assertTrue(read.contains("study ledBy Elena Marchetti-Owusu"), read.toString());
        assertTrue(read.contains("maraviroc blocks CXCR4 NEG"), read.toString());
    }

    @Test
    void test_cells_that_move_from_the_marrow_after_a_block_are_mobilised() {
        List<String> read = read("Plerixafor blocks CXCR4, so stem cells move from your bone marrow into your blood.");
        assertTrue(read.contains("plerixafor mobilizes stem cell"), read.toString());
    }

    @Test
    void test_a_drug_the_patient_also_gets_is_combined_with_the_leaflets_drug_but_not_without_also() {
        List<String> read = read("Plerixafor blocks CXCR4 and frees stem cells from the marrow. You will also get "
                + "filgrastim.");
        assertTrue(read.contains("plerixafor combinedWith filgrastim"), read.toString());
        List<String> alone = read("Plerixafor blocks CXCR4 and frees stem cells from the marrow. Some weeks before, "
                + "you will get filgrastim.");
        assertFalse(alone.contains("plerixafor combinedWith filgrastim"), alone.toString());
    }

    @Test
    void test_a_comics_tumour_cell_that_squirts_out_a_chemokine_secretes_it() {
        List<String> read = read("PANEL 2: A tumour cell squirts out tiny CXCL12 molecules in the liver.");
        assertTrue(read.contains("tumour cell secretes CXCL12"), read.toString());
    }
}
