package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.pipeline.Pipeline;

/**
 * The target an "anti-" word names where the document names it nowhere else, which set 422 showed litkg missing:
 * "adalimumab, an anti-TNF antibody" binds TNF. Every sentence is written for the test.
 */
class AntibodyTargetsTest {

    @Test
    void test_a_drug_apposed_to_an_anti_target_antibody_binds_a_target_named_only_inside_the_word() {
        List<String> read = Readings.read("Patients with the most CCL19 in their joints did worst on adalimumab, an "
                + "anti-TNF antibody approved by the European Medicines Agency.");
        assertTrue(read.contains("adalimumab binds TNF"), read.toString());
        assertTrue(Readings.typedNames("Patients did worst on adalimumab, an anti-TNF antibody approved in Europe.")
                .contains("PROTEIN TNF"));
    }

    @TempDir
    Path dir;

    @Test
    void test_the_last_antibody_of_a_list_binds_nothing_for_the_items_before_it_and_an_unknown_word_names_nothing()
            throws IOException {
        Path lexicon = dir.resolve("cd38.tsv"); // as the imported vocabularies list it
        Files.writeString(lexicon, "hgnc-1667\tProtein\tCD38\tCD38|CD38 molecule\tHGNC:1667\tcs\n");
        List<String> listed = Readings.extract(new Pipeline(List.of(lexicon)), "Adults joined who had received three "
                + "prior lines of therapy, including a proteasome inhibitor, an immunomodulatory drug and an anti-CD38 "
                + "antibody.").statements().stream().map(Readings::show).toList();
        assertFalse(listed.stream().anyMatch(r -> r.endsWith("binds CD38")), listed.toString());
        List<String> typed = Readings.typedNames("Tumours shrank in mice given vorinostat, an anti-cancer drug made by "
                + "Merck, in the study.");
        assertFalse(typed.stream().anyMatch(t -> t.startsWith("PROTEIN")), typed.toString());
    }
}
