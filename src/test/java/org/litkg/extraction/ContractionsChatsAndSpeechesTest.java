package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings the fifty-seventh and fifty-eighth held-out sets showed litkg missing or misreading: a negation written as a
 * contraction ("doesn't", "Don't"), the two ends of "from X to Y", a labelled principal investigator "at this site",
 * a manuscript only hoped to be published, an object "it" after a sentence whose subject it continues, a drug in
 * "X-resistant", a patient's "my doctor at X", workplaces after "from" or with a comma list closed by "&", and bylines
 * with a division. Every sentence is written for the test.
 */
class ContractionsChatsAndSpeechesTest {

    private static List<String> read(String text) {
        return Readings.read(text);
    }

    @Test
    void test_a_contracted_negation_denies_the_finding() {
        List<String> read = read("Notes\n\nVelibavir doesn't block UL56. Velibavir isn’t approved by the FDA. "
                + "Don't combine velibavir with valganciclovir.");
        assertTrue(read.contains("velibavir blocks UL56 NEG"), read.toString());
        assertFalse(read.contains("velibavir blocks UL56"), read.toString());
        assertTrue(read.contains("velibavir approvedBy U.S. Food and Drug Administration NEG"), read.toString());
        assertFalse(read.contains("velibavir combinedWith valganciclovir"), read.toString());
        assertTrue(read.contains("velibavir combinedWith valganciclovir NEG"), read.toString());
    }

    @Test
    void test_both_ends_of_a_range_before_the_verb_are_its_subjects() {
        List<String> read = read("Every antipsychotic in use today, from veliperidol to vetiprazole, blocks D2 receptors.");
        assertTrue(read.contains("veliperidol blocks D2 receptor"), read.toString());
        assertTrue(read.contains("vetiprazole blocks D2 receptor"), read.toString());
    }

    @Test
    void test_a_principal_investigator_at_a_site_leads_the_study_and_the_division_gives_the_workplace() {
        List<String> read = read("Consent form\n\nPrincipal investigator at this site: Dr. Hanna Bergmann, Division of "
                + "Endocrinology, University Hospital Mannheim\n\nThe study tests velpatusotine in adults with acromegaly.");
        assertTrue(read.contains("study ledBy Hanna Bergmann"), read.toString());
        assertTrue(read.contains("study conductedBy University Hospital Mannheim"), read.toString());
        assertTrue(read.contains("Hanna Bergmann affiliatedWith University Hospital Mannheim"), read.toString());
    }

    @Test
    void test_a_manuscript_hoped_or_submitted_for_publication_is_not_published() {
        List<String> read = read("We hope the revised manuscript is now acceptable for publication in Annals of Neurology. "
                + "Our earlier report has been accepted for publication in Blood.");
        assertFalse(read.stream().anyMatch(x -> x.contains("publishedIn Annals of Neurology")), read.toString());
        assertTrue(read.stream().anyMatch(x -> x.contains("publishedIn Blood")), read.toString());
    }

    @Test
    void test_an_object_it_continues_the_subject_of_an_earlier_sentence_not_a_name_in_its_object() {
        List<String> read = read("Consult notes\n\nVelibavir inhibits the UL97 kinase directly, so it works against most "
                + "strains that resist ganciclovir. Is it approved here? The FDA approved it in 2021.");
        assertTrue(read.contains("velibavir approvedBy U.S. Food and Drug Administration"), read.toString());
        assertFalse(read.contains("ganciclovir approvedBy U.S. Food and Drug Administration"), read.toString());
    }

    @Test
    void test_a_drug_in_a_resistance_compound_is_no_antecedent() {
        List<String> read = read("Question: Why does velofloxacin still work against ciprofloxacin-resistant bacteria? "
                + "Answer: Because it blocks both DNA gyrase and topoisomerase IV.");
        assertTrue(read.contains("velofloxacin blocks DNA gyrase"), read.toString());
        assertFalse(read.contains("ciprofloxacin blocks DNA gyrase"), read.toString());
    }

    @Test
    void test_a_patients_doctor_conducts_nothing_and_a_leader_from_a_place_works_there() {
        List<String> read = read("My doctor at the Cleveland Clinic said the trials (PSOLAR 1 and 2, led by Marek Lebow "
                + "from Mount Sinai) were published in the New England Journal of Medicine.");
        assertTrue(read.contains("study conductedBy Mount Sinai"), read.toString());
        assertTrue(read.contains("Marek Lebow affiliatedWith Mount Sinai"), read.toString());
        assertFalse(read.contains("study conductedBy Cleveland Clinic"), read.toString());
    }

    @Test
    void test_an_institute_named_with_a_list_closed_by_an_ampersand_is_one_workplace() {
        List<String> read = read("\"The placebo response was high,\" said Professor Oliver Hawes of the Institute of "
                + "Psychiatry, Psychology & Neuroscience at King's College London, who led the analysis.");
        assertTrue(read.contains("Oliver Hawes affiliatedWith Institute of Psychiatry, Psychology & Neuroscience"),
                read.toString());
        assertTrue(read.contains("Oliver Hawes affiliatedWith King's College London"), read.toString());
    }

    @Test
    void test_bylines_with_a_division_or_an_institutet_give_the_workplace() {
        List<String> read = read("Point\n\nBy Anita Mehra, MD, Division of Cardiology, Emory University\n\n"
                + "By Tomas Lindqvist, MD, PhD, Karolinska Institutet\n\nLowering lipoprotein(a) is worth trying.");
        assertTrue(read.contains("Anita Mehra affiliatedWith Emory University"), read.toString());
        assertTrue(read.contains("Tomas Lindqvist affiliatedWith Karolinska Institutet"), read.toString());
    }
}
