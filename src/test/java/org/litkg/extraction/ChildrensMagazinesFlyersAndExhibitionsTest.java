package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;
import static org.litkg.extraction.Readings.typedNames;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the hundred-and-twenty-sixth held-out set (a children's science magazine, a trial's recruitment flyer, an
 * MP's constituency newsletter, a museum's case panel) showed missing on its first run. Every sentence is written for
 * the test.
 */
class ChildrensMagazinesFlyersAndExhibitionsTest {

    @Test
    void test_a_chemokine_that_sticks_to_a_receptor_binds_it() {
        List<String> read = read("Inside the gut, special cells make a chemokine named CCL25. It sticks to a receptor "
                + "called CCR9, which sits on T cells.");
        assertTrue(read.contains("CCL25 binds CCR9"), read.toString());
    }

    @Test
    void test_fcrn_c5_and_a_written_out_greek_letter_are_named() {
        List<String> typed = typedNames("Efgartigimod grabs FcRn, while eculizumab blocks C5. Damaged skin cells release "
                + "a protein called interleukin-1 alpha.");
        assertTrue(typed.contains("RECEPTOR FcRn"), typed.toString());
        assertTrue(typed.contains("PROTEIN C5"), typed.toString());
        assertTrue(typed.contains("PROTEIN interleukin-1 alpha"), typed.toString());
    }

    @Test
    void test_a_class_noun_among_them_names_its_members() {
        List<String> read = read("When dust gets in, these epithelial cells release alarm signals, among them TSLP and "
                + "IL-25.");
        assertTrue(read.contains("epithelial cell secretes TSLP"), read.toString());
        assertTrue(read.contains("epithelial cell secretes IL-25"), read.toString());
    }

    @Test
    void test_who_runs_the_centres_laboratory_works_at_the_centre() {
        List<String> read = read("Last month I visited the Bristol Heart Centre, where I met Dr Anwen Price-Okoro, who "
                + "runs the centre's imaging laboratory.");
        assertTrue(read.contains("Anwen Price-Okoro affiliatedWith Bristol Heart Centre"), read.toString());
        List<String> typed = typedNames("At the Bristol Heart Centre, scans showed T cells gathered in the centre of "
                + "the tumour.");
        assertTrue(typed.stream().noneMatch(x -> x.toLowerCase().contains("the centre of")), typed.toString());
    }

    @Test
    void test_eczema_and_flu_are_diseases_on_their_own() {
        List<String> typed = typedNames("Early trials suggest it may help people with severe asthma and eczema, and "
                + "people who catch flu.");
        assertTrue(typed.contains("DISEASE eczema"), typed.toString());
        assertTrue(typed.contains("DISEASE flu"), typed.toString());
    }

    @Test
    void test_a_phrase_opening_a_that_clause_is_no_subject() {
        List<String> read = read("The team has found that in severe asthma, the cells lining the airways release large "
                + "amounts of CXCL8.");
        assertTrue(read.contains("airway secretes CXCL8"), read.toString());
        assertTrue(read.stream().noneMatch(x -> x.startsWith("asthma")), read.toString());
    }
}
