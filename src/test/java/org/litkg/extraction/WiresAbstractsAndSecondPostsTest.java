package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-thirty-second held-out set (a hospital press release, a news wire's company story, a
 * magazine feature, a PubMed record) showed missing or wrong on its first run. Every sentence is written for the test.
 */
class WiresAbstractsAndSecondPostsTest {

    @Test
    void test_a_second_verb_of_a_which_clause_keeps_the_clauses_subject() {
        List<String> read = read("Relaxegrast blocks two integrins, αvβ8 and αvβ3, which sit on the surface of "
                + "airway epithelial cells and fibroblasts and switch on TGF-beta in the airway.");
        assertTrue(read.contains("relaxegrast blocks αvβ8"), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.contains("secretes TGF-beta")), read.toString());
        assertFalse(read.stream().anyMatch(x -> x.startsWith("TGF-beta expressedOn")), read.toString());
    }

    @Test
    void test_the_infinitive_of_an_attempt_has_no_doer_before_it() {
        List<String> read = read("Zelunegrast blocks two integrins. The drug does not block TGF-beta itself, which "
                + "avoids the harms that sank earlier attempts to neutralise the growth factor directly.");
        assertTrue(read.contains("zelunegrast blocks TGF-beta NEG"), read.toString());
        assertFalse(read.contains("zelunegrast blocks TGF-beta"), read.toString());
    }

    @Test
    void test_an_attempts_instrument_still_acts() {
        List<String> read = read("Earlier attempts to block CCR5 in patients, with an antibody called PRX-442, failed.");
        assertTrue(read.contains("PRX-442 blocks CCR5"), read.toString());
    }

    @Test
    void test_a_company_after_a_dateline_owns_its_long_named_trial() {
        List<String> read = read("BASEL, Switzerland, Nov 24 (Pharma Wire) - Quellwater Therapeutics said on Monday it "
                + "had stopped its phase 2b/3 HARBOUR-IPF trial of zelunegrast in lung fibrosis.");
        assertTrue(read.contains("study conductedBy Quellwater Therapeutics"), read.toString());
    }

    @Test
    void test_a_dateline_dash_typed_as_two_hyphens_is_one_dash() {
        List<String> read = read("LEEDS, England, Nov. 24, 2026 /PRNewswire/ -- Quellwater Therapeutics, Inc., a "
                + "clinical-stage company, today announced that the first patient has been dosed in HARBOUR-2, its "
                + "Phase 1 trial of zelunegrast.");
        assertTrue(read.contains("study conductedBy Quellwater Therapeutics"), read.toString());
    }

    @Test
    void test_an_unowned_chief_executive_works_at_the_only_company_named() {
        List<String> read = read("Quellwater Therapeutics stopped the trial on Monday. \"We will study the data,\" "
                + "Chief Executive Oona Brightwater-Fell said on a call with analysts.");
        assertTrue(read.contains("Oona Brightwater-Fell affiliatedWith Quellwater Therapeutics"), read.toString());
    }

    @Test
    void test_an_unowned_post_gives_no_workplace_where_several_organisations_were_named() {
        List<String> read = read("Quellwater Therapeutics and the Mayo Clinic ran the trial. \"We will study the data,\" "
                + "Chief Executive Oona Brightwater-Fell said.");
        assertTrue(typedNames("\"We will study the data,\" Chief Executive Oona Brightwater-Fell said.")
                .contains("PERSON Oona Brightwater-Fell"));
        assertFalse(read.stream().anyMatch(x -> x.startsWith("Oona Brightwater-Fell affiliatedWith")), read.toString());
    }

    @Test
    void test_a_drug_called_by_a_clones_name_is_named_again_cut_at_its_hyphen() {
        List<String> read = read("The team made an antibody, called 7C2-Fc, that blocks GPR35. Weekly doses of 7C2-Fc "
                + "shrank the tumours, and 7C2-Fc also binds CCR9.");
        assertTrue(read.contains("7C2-Fc blocks GPR35"), read.toString());
        assertTrue(read.contains("7C2-Fc binds CCR9"), read.toString());
    }

    @Test
    void test_a_drug_compared_with_an_approved_one_is_not_approved_with_it() {
        List<String> read = read("The team compared ustekinumab with etrolizumab, an antibody that blocks the integrin "
                + "and is approved by the FDA for colitis.");
        assertTrue(read.contains("etrolizumab approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("ustekinumab approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_second_post_after_and_places_its_holder_at_its_own_workplace() {
        List<String> read = read("\"It is a loop,\" said Dr. Oona Brightwater-Fell, a hepatologist at Boston Medical "
                + "Center and associate professor of medicine at Boston University.");
        assertTrue(read.contains("Oona Brightwater-Fell affiliatedWith Boston Medical Center"), read.toString());
        assertTrue(read.contains("Oona Brightwater-Fell affiliatedWith Boston University"), read.toString());
    }

    @Test
    void test_an_inflammation_word_alone_is_a_disease() {
        List<String> typed = typedNames("The antibody calmed colitis in mice, and mice with nephritis recovered.");
        assertTrue(typed.contains("DISEASE colitis"), typed.toString());
        assertTrue(typed.contains("DISEASE nephritis"), typed.toString());
    }

    @Test
    void test_a_participle_fronted_after_a_semicolon_takes_the_subject_after_it() {
        List<String> read = read("The mice were treated with an anti-GPR35 antibody. The antibody blocked GPR35 and "
                + "slowed the tumours; given with docetaxel, it worked better still.");
        assertTrue(read.contains("anti-GPR35 antibody combinedWith docetaxel"), read.toString());
    }

    @Test
    void test_a_writer_named_with_a_predicated_role_is_a_person() {
        List<String> typed = typedNames("Tamsin Achebe-Rowe is a science writer based in Leeds.");
        assertTrue(typed.contains("PERSON Tamsin Achebe-Rowe"), typed.toString());
        assertFalse(typedNames("Roche is a Swiss company.").stream().anyMatch(x -> x.startsWith("PERSON")));
    }

    @Test
    void test_a_receptors_chain_letter_belongs_to_its_name() {
        List<String> read = read("Vixarelimab, an antibody that blocks IL-31 receptor A (IL-31RA), eased the itch.");
        assertTrue(read.contains("vixarelimab blocks IL-31RA") || read.contains("vixarelimab blocks IL-31 receptor A"),
                read.toString());
        assertFalse(read.contains("vixarelimab blocks IL-31 receptor"), "the chain's letter is the name's: " + read);
    }

    @Test
    void test_a_contact_lines_post_and_place_give_no_workplace() {
        String line = "Contact for further information: Research Nurse Gwen Tallis-Obi, St Bride's Hospital.";
        assertTrue(typedNames(line).contains("PERSON Gwen Tallis-Obi"), typedNames(line).toString());
        List<String> read = read(line);
        assertFalse(read.stream().anyMatch(x -> x.contains("affiliatedWith")), read.toString());
    }
}
