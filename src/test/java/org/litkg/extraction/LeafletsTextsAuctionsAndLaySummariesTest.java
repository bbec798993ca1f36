package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-eighth held-out set (a patient information leaflet, a family's text messages, a
 * charity auction catalogue, a trial's results summary for participants) showed missing on its first run. Every
 * sentence is written for the test.
 */
class LeafletsTextsAuctionsAndLaySummariesTest {

    @Test
    void test_a_text_thread_without_full_stops_is_read() {
        List<String> read = read("Messages with Sam\n\n"
                + "Sam: Mum saw the consultant today\n"
                + "Me: What did she say?\n"
                + "Sam: She wants her on efgartigimod, it grabs FcRn and clears the bad antibodies\n"
                + "Me: Is it approved?\n"
                + "Sam: The FDA approved it in 2021 apparently\n"
                + "Me: OK thanks x\n");
        assertTrue(read.contains("efgartigimod binds FcRn"), read.toString());
        assertTrue(read.contains("efgartigimod approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_donor_line_places_the_donor() {
        List<String> read = read("Lot 9\nA tour of the lab\nDonated by Professor Anneliese Crowther-Obi, University of "
                + "Bristol\nEstimate: £200–300\n\nSpend an afternoon with a team that studies how CXCL13 binds CXCR5.");
        assertTrue(read.contains("Anneliese Crowther-Obi affiliatedWith University of Bristol"), read.toString());
    }

    @Test
    void test_a_name_opening_its_own_clause_after_and_is_no_conjunct_and_binds_the_receptor_before() {
        List<String> read = read("T cells matter here: they carry a receptor called CXCR3, and a chemokine called "
                + "CXCL10 binds it and draws the T cells into the lung.");
        assertTrue(read.contains("CXCR3 expressedOn T cell"), read.toString());
        assertTrue(read.contains("CXCL10 binds CXCR3"), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.startsWith("CXCL10 expressedOn")), read.toString());
    }

    @Test
    void test_a_researchers_team_at_an_institute_places_the_researcher() {
        List<String> read = read("Join Professor Tomasz Arkwright-Ode's team at the Francis Crick Institute, where they "
                + "showed that CCL21 binds CCR7 on dendritic cells.");
        assertTrue(read.contains("Tomasz Arkwright-Ode affiliatedWith Francis Crick Institute"), read.toString());
    }

    @Test
    void test_baff_r_is_a_receptor() {
        List<String> typed = typedNames("Belimumab blocks BAFF. Ianalumab is an antibody that blocks BAFF-R. It also "
                + "marks B cells so that the body removes them.");
        assertTrue(typed.contains("RECEPTOR BAFF-R"), typed.toString());
    }
}
