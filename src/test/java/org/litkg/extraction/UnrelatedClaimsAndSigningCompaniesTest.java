package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held-out set 392 showed litkg asserting a claim an author's reply denies by calling two things unrelated ("it has
 * nothing to do with CCR5"), typing a trial named before ", the phase 2 trial" as a protein, and missing the company
 * whose chief executive signs a letter that says "the trial which we ran". The texts are written for the tests.
 */
class UnrelatedClaimsAndSigningCompaniesTest {

    @Test
    void test_a_reported_claim_that_a_reply_calls_unrelated_is_kept_only_as_denied() {
        List<String> read = Readings.read("Sir, your article said that vedolizumab blocks CCR9. Dr. Lamb replies: "
                + "Vedolizumab binds alpha-4 beta-7 integrin; it has nothing to do with CCR9.");
        assertTrue(read.contains("vedolizumab blocks CCR9 NEG"), read.toString());
        assertFalse(read.contains("vedolizumab blocks CCR9"), read.toString());
    }

    @Test
    void test_a_name_before_the_phase_2_trial_is_a_trial() {
        List<String> names = Readings.typedNames("In HALO-3, the phase 2 trial which we ran, the drug worked.");
        assertTrue(names.contains("CLINICAL_TRIAL HALO-3"), names.toString());
    }

    @Test
    void test_the_trial_we_ran_in_a_letter_signed_by_a_chief_executive_is_her_companys() {
        List<String> read = Readings.read("Dear fellow shareholders,\n\nIn KESTREL-4, the phase 2 trial which we ran "
                + "at 12 hospitals, kestrafortide, a CXCR4 antagonist, doubled responses.\n\nDr. Mia Holm\n"
                + "Chief Executive Officer, Kestrel Therapeutics\n");
        assertTrue(read.contains("study conductedBy Kestrel Therapeutics"), read.toString());
    }
}
