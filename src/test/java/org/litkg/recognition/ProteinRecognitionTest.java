package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.pipeline.Pipeline;

/** Proteins named by an enzyme, receptor or carrier head, and gene symbols written in mixed case. */
class ProteinRecognitionTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Recognitions.pipeline();
    }

    private static Map<String, String> mentions(Pipeline p, String text) {
        return Recognitions.mentions(p, text);
    }

    @Test
    void test_enzymes_receptors_and_carriers_are_named_by_their_head_with_modifiers_and_identifiers() {
        Map<String, String> m = mentions(pipeline, "These compounds inhibit monoamine oxidase, acetylcholinesterase, "
                + "cyclooxygenase-2, protein kinase C, the histamine H1 receptor, α1-adrenoceptors and the dopamine transporter.");
        assertEquals("Protein", m.get("monoamine oxidase"), m.toString());
        assertEquals("Protein", m.get("acetylcholinesterase"), m.toString());
        assertEquals("Protein", m.get("cyclooxygenase-2"), m.toString());
        assertEquals("Protein", m.get("protein kinase C"), m.toString());
        assertEquals("Receptor", m.get("histamine H1 receptor"), m.toString());
        assertEquals("Receptor", m.get("α1-adrenoceptors"), m.toString());
        assertEquals("Protein", m.get("dopamine transporter"), m.toString());
    }

    @Test
    void test_english_words_in_ase_and_bare_generic_heads_name_no_protein() {
        Map<String, String> m = mentions(pipeline, "The disease spread as the metastases grew. The release and the increase "
                + "of the receptor mattered, and several kinases were potent in a database of human phases.");
        assertTrue(m.values().stream().noneMatch(t -> t.equals("Protein") || t.equals("Receptor")), m.toString());
    }

    @Test
    void test_a_mixed_case_symbol_matches_a_gene_symbol_and_a_cyclic_nucleotide_does_not(@TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("genes.tsv");
        Files.writeString(lexicon, "hgnc-3942\tProtein\tMTOR\tMTOR|mechanistic target of rapamycin kinase\tHGNC:3942\tcs\n"
                + "hgnc-1472\tProtein\tCAMP\tCAMP|cathelicidin antimicrobial peptide\tHGNC:1472\tcs\n");
        Pipeline withGenes = new Pipeline(List.of(lexicon));
        Map<String, String> m = mentions(withGenes, "Rapamycin inhibits mTOR, and forskolin raises cAMP in these cells.");
        assertEquals("Protein", m.get("mTOR"), m.toString());
        assertFalse(m.containsKey("cAMP"), m.toString());
    }
}
