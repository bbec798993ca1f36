package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.pipeline.Pipeline;

/**
 * Held-out set 386 showed litkg asserting what a myth-or-fact sheet's "MYTH:" line calls false, reading its "FACT:"
 * label as the gene alias FACT when a vocabulary lists it, and reading a job advert's title and field over its
 * company's line as two authors. The texts are written for the tests.
 */
class MythsLabelsAndJobAdvertsTest {

    private static final String SHEET = "Myth or fact?\n\nMYTH: Maraviroc blocks CXCR4 too.\n"
            + "FACT: Maraviroc blocks only CCR5. It was approved by the FDA in 2007.\n";

    @Test
    void test_a_claim_labelled_myth_is_kept_as_a_denied_finding() {
        List<String> read = Readings.read(SHEET);
        assertTrue(read.contains("maraviroc blocks CXCR4 NEG"), read.toString());
        assertFalse(read.contains("maraviroc blocks CXCR4"), read.toString());
        assertTrue(read.contains("maraviroc blocks CCR5"), read.toString());
    }

    @Test
    void test_a_fact_label_is_no_gene_name_even_where_a_vocabulary_lists_it() {
        Pipeline withFact = new Pipeline(List.of(Path.of("src/test/resources/lexicon/label-alias.tsv")));
        List<String> read = Readings.extract(withFact, SHEET).statements().stream().map(Readings::show).toList();
        assertTrue(read.stream().anyMatch(line -> line.startsWith("maraviroc approvedBy")), read.toString());
    }

    @Test
    void test_a_job_adverts_title_and_field_over_its_company_line_are_no_authors() {
        List<String> read = Readings.read("Research Associate, Tumour Immunology\nKestrel Therapeutics, Boston, MA\n\n"
                + "About us\nKestrel is developing KT-77, an oral CCR4 antagonist, for lymphoma.\n");
        assertFalse(read.stream().anyMatch(line -> line.contains("affiliatedWith")), read.toString());
        assertTrue(read.contains("KT-77 blocks CCR4"), read.toString());
        List<String> names = Readings.typedNames("Research Associate, Tumour Immunology\nKestrel Therapeutics, Boston, "
                + "MA\n\nAbout us\nKestrel is developing KT-77, an oral CCR4 antagonist, for lymphoma.\n");
        assertTrue(names.contains("ORGANIZATION Kestrel Therapeutics"), names.toString());
    }
}
