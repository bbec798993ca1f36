package org.litkg.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litkg.cli.Main;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Lexicon;
import org.litkg.recognition.LexiconEntry;

/** The importers on small fixture files written for the test (src/test/resources/vocab). */
class LexiconImportTest {

    private static final Path FIXTURES = Path.of("src/test/resources/vocab");

    @TempDir
    Path dir;

    private static Map<String, LexiconEntry> byId(List<LexiconEntry> entries) {
        return entries.stream().collect(Collectors.toMap(LexiconEntry::id, Function.identity()));
    }

    @Test
    void test_hgnc_import_types_genes_and_keeps_symbols_and_identifiers() throws Exception {
        List<LexiconEntry> entries = new ArrayList<>();
        assertEquals(10, HgncImporter.read(FIXTURES.resolve("hgnc.tsv"), entries::add), "the non-coding RNA is left out");
        Map<String, LexiconEntry> e = byId(entries);
        assertEquals(EntityType.RECEPTOR, e.get("hgnc-2561").type());
        assertEquals(EntityType.CHEMOKINE, e.get("hgnc-10672").type());
        assertEquals(EntityType.PROTEIN, e.get("hgnc-99999").type());
        assertEquals(EntityType.PROTEIN, e.get("hgnc-2438").type(), "a gene in the group 'Receptor ligands' is no receptor");
        assertEquals(EntityType.PROTEIN, e.get("hgnc-31428").type(), "'G protein-coupled receptor 15 ligand' is no receptor");
        assertTrue(e.get("hgnc-2561").synonyms().containsAll(List.of("CXCR4", "FB22", "LESTR", "NPYR")), e.get("hgnc-2561").toString());
        assertTrue(e.get("hgnc-10672").synonyms().contains("SDF1A"), "previous symbols are synonyms");
        assertTrue(e.get("hgnc-2561").xrefs().containsAll(List.of("HGNC:2561", "UniProt:P61073", "NCBIGene:7852")));
        assertTrue(e.get("hgnc-2561").caseSensitive());
    }

    @Test
    void test_hgnc_import_drops_aliases_that_cannot_name_one_gene() throws Exception {
        List<LexiconEntry> entries = new ArrayList<>();
        HgncImporter.read(FIXTURES.resolve("hgnc.tsv"), entries::add);
        Map<String, LexiconEntry> e = byId(entries);
        assertFalse(e.get("hgnc-90001").synonyms().contains("SHR1"), "an alias two genes share names neither");
        assertFalse(e.get("hgnc-90001").synonyms().contains("CXCL12"), "another gene's approved symbol is not an alias");
        assertTrue(e.get("hgnc-90002").synonyms().contains("UNIQ1"), e.get("hgnc-90002").toString());
        assertTrue(e.get("hgnc-10672").synonyms().contains("CXCL12"), "the approved symbol stays with its gene");
        assertFalse(e.get("hgnc-90003").synonyms().contains("ADP"), "a short alias unlike the symbol is another word's abbreviation");
        assertFalse(e.get("hgnc-108").synonyms().contains("YT"), e.get("hgnc-108").toString());
        assertTrue(e.get("hgnc-90003").synonyms().contains("KIAA1037"), e.get("hgnc-90003").toString());
        assertTrue(e.get("hgnc-391").synonyms().containsAll(List.of("AKT")), "a short alias that begins the symbol stays");
        assertFalse(e.get("hgnc-391").synonyms().contains("PKB"), e.get("hgnc-391").toString());
    }

    @Test
    void test_an_alias_that_begins_its_symbol_but_abbreviates_something_else_is_dropped() {
        assertFalse(HgncImporter.isTellingAlias("ROS", "ROS1"), "ROS is reactive oxygen species in abstracts");
        assertFalse(HgncImporter.isTellingAlias("MTX", "MTX1"), "MTX is methotrexate");
        assertTrue(HgncImporter.isTellingAlias("AKT", "AKT1"));
    }

    @Test
    void test_an_alias_shaped_as_a_capitalised_word_is_dropped() {
        assertFalse(HgncImporter.isTellingAlias("Sara", "SAR1A"), "Sara is a first name");
        assertFalse(HgncImporter.isTellingAlias("Genesis", "FOXD3"), "Genesis is a word");
        assertTrue(HgncImporter.isTellingAlias("SARA1", "SAR1A"));
    }

    @Test
    void test_hgnc_names_lose_their_qualifier_and_match_in_any_case_while_symbols_match_as_written() throws Exception {
        List<LexiconEntry> entries = new ArrayList<>();
        HgncImporter.read(FIXTURES.resolve("hgnc.tsv"), entries::add);
        assertTrue(byId(entries).get("hgnc-108").synonyms().contains("acetylcholinesterase"), "'(Yt blood group)' is a qualifier");
        org.litkg.recognition.Lexicon lexicon = org.litkg.recognition.Lexicon.empty();
        entries.forEach(lexicon::add);
        assertEquals(List.of("hgnc-108"), lexicon.lookup(org.litkg.recognition.Lexicon.key("Acetylcholinesterase")).stream()
                .map(LexiconEntry::id).toList(), "a descriptive name matches at the start of a sentence");
        assertTrue(lexicon.lookup(org.litkg.recognition.Lexicon.key("ache")).isEmpty(), "the symbol ACHE is not the word 'ache'");
    }

    @Test
    void test_a_name_ending_in_a_lone_s_is_not_the_plural_of_its_first_word() {
        org.litkg.recognition.Lexicon lexicon = org.litkg.recognition.Lexicon.empty();
        lexicon.add(new LexiconEntry("hgnc-9456", EntityType.PROTEIN, "PROS1", List.of("PROS1", "protein S"),
                List.of("HGNC:9456"), true, false));
        assertTrue(lexicon.lookup(org.litkg.recognition.Lexicon.key("proteins")).isEmpty(), "'three proteins' is no protein S");
        assertEquals(List.of("hgnc-9456"), lexicon.lookupExact("proteinS").stream().map(LexiconEntry::id).toList(),
                "'protein S' as written still matches");
    }

    @Test
    void test_a_name_opening_with_a_capitalised_function_word_matches_only_as_written() {
        org.litkg.recognition.Lexicon lexicon = org.litkg.recognition.Lexicon.empty();
        lexicon.add(new LexiconEntry("cl-4023032", EntityType.CELL_TYPE, "ON retinal ganglion cell",
                List.of("ON retinal ganglion cell"), List.of("CL:4023032"), false, false));
        assertTrue(lexicon.lookup(org.litkg.recognition.Lexicon.key("on retinal ganglion cell")).isEmpty(),
                "'TNF receptor 1 on retinal ganglion cells' names no ON cell");
        assertEquals(List.of("cl-4023032"), lexicon.lookupExact("ONretinalganglioncell").stream().map(LexiconEntry::id)
                .toList(), "'ON retinal ganglion cell' as written still matches");
    }

    @Test
    void test_a_name_the_cell_ontology_gives_is_not_a_drug_name() {
        LexiconEntry therapy = new LexiconEntry("drugbank-db15721", EntityType.DRUG, "Natural Killer Cell",
                List.of("Natural Killer Cell", "NK cell therapy"), List.of("DrugBank:DB15721"), false, false);
        LexiconEntry onlyCells = new LexiconEntry("drugbank-db00001", EntityType.DRUG, "T cell", List.of("T cell"),
                List.of("DrugBank:DB00001"), false, false);
        LexiconEntry cell = new LexiconEntry("cl-0000623", EntityType.CELL_TYPE, "natural killer cell",
                List.of("natural killer cell", "NK cell"), List.of("CL:0000623"), false, false);
        LexiconEntry tCell = new LexiconEntry("cl-0000084", EntityType.CELL_TYPE, "T cell", List.of("T cell"),
                List.of("CL:0000084"), false, false);
        List<LexiconEntry> kept = VocabularyConflicts.drugsWithoutNamesOf(List.of(therapy, onlyCells), List.of(cell, tCell));
        assertEquals(1, kept.size(), "an entry left without names is dropped");
        assertEquals(List.of("NK cell therapy"), kept.get(0).synonyms());
        assertEquals("NK cell therapy", kept.get(0).label());
    }

    @Test
    void test_a_cell_ontology_name_in_the_plural_is_not_a_drug_name_either() {
        LexiconEntry therapy = new LexiconEntry("drugbank-db15721", EntityType.DRUG, "NK Cells", List.of("NK Cells"),
                List.of("DrugBank:DB15721"), false, false);
        LexiconEntry cell = new LexiconEntry("cl-0000623", EntityType.CELL_TYPE, "natural killer cell",
                List.of("natural killer cell", "NK cell"), List.of("CL:0000623"), false, false);
        assertEquals(List.of(), VocabularyConflicts.drugsWithoutNamesOf(List.of(therapy), List.of(cell)));
    }

    @Test
    void test_a_cell_therapy_named_as_cells_leaves_those_names_to_the_cells() {
        LexiconEntry therapy = new LexiconEntry("drugbank-db22146", EntityType.DRUG,
                "Chimeric antigen receptor T-cells", List.of("Chimeric antigen receptor T-cells", "CAR T cells", "CAR-T cell", "CAR T-cell Therapy"),
                List.of("DrugBank:DB22146"), false, false);
        List<LexiconEntry> kept = VocabularyConflicts.drugsWithoutNamesOf(List.of(therapy), List.of());
        assertEquals(List.of("CAR T-cell Therapy"), kept.get(0).synonyms());
    }

    @Test
    void test_short_names_with_an_inner_capital_match_only_as_written() throws Exception {
        Path lexicon = dir.resolve("sam.tsv");
        Files.writeString(lexicon, "test-same\tDrug\tademetionine\tademetionine|SAMe\tDrugBank:DB00118\t\n");
        org.litkg.pipeline.Pipeline pipeline = new org.litkg.pipeline.Pipeline(List.of(lexicon));
        String text = "Patients took the same dose of SAMe each day.";
        var doc = new org.litkg.document.Document("t", "t", text, "t", java.util.Optional.empty(), "0",
                org.litkg.document.PageLayout.proseBlocks(text));
        List<String> drugs = pipeline.recognize(doc).mentions().stream().flatMap(List::stream)
                .filter(m -> m.type() == EntityType.DRUG).map(m -> m.text()).toList();
        assertEquals(List.of("SAMe"), drugs);
    }

    @Test
    void test_drugbank_import_reads_quoted_synonyms_and_drops_everyday_words() throws Exception {
        List<LexiconEntry> entries = new ArrayList<>();
        DrugBankImporter.read(FIXTURES.resolve("drugbank.csv"), entries::add);
        Map<String, LexiconEntry> e = byId(entries);
        assertTrue(e.get("drugbank-db06809").synonyms().contains("AMD3100"));
        LexiconEntry cetuximab = e.get("drugbank-db00002");
        assertEquals("Cetuximab", cetuximab.label());
        assertTrue(cetuximab.xrefs().contains("UNII:PQX0D8J21J"), "a quoted field with commas keeps the columns in place");
        assertTrue(cetuximab.synonyms().stream().noneMatch(n -> n.contains("\"")), cetuximab.toString());
        assertFalse(e.get("drugbank-db09999").synonyms().contains("Water"), "everyday words do not become drug names");
        // "mobilises stem cells into the blood": the body's blood, not a transfusion product
        assertFalse(e.get("drugbank-db28492").synonyms().contains("blood"), e.get("drugbank-db28492").toString());
        assertTrue(e.get("drugbank-db28492").synonyms().contains("Fresh Whole Blood"));
        // "He said the new trial would test the drug": helium's bracketed symbol would make a drug of the pronoun
        assertFalse(e.get("drugbank-db09155").synonyms().contains("[He]"), e.get("drugbank-db09155").toString());
        assertTrue(e.get("drugbank-db09155").synonyms().contains("atomic helium"));
        // a vaccine's synonyms name the antigen it carries, which text means as the virus's protein
        LexiconEntry vaccine = e.get("drugbank-db11627");
        assertTrue(vaccine.synonyms().contains("Hepatitis B Vaccine"), vaccine.toString());
        assertFalse(vaccine.synonyms().contains("HBSAG") || vaccine.synonyms().contains("Hepatitis B surface antigen"),
                vaccine.toString());
        // "collection of CD34+ cells": a cell therapy's synonym that names only its cells names the cells in text
        LexiconEntry cellTherapy = e.get("drugbank-db16367");
        assertFalse(cellTherapy.synonyms().contains("CD34+ Cells"), cellTherapy.toString());
        assertTrue(cellTherapy.synonyms().contains("CLBS119"), cellTherapy.toString());
    }

    @Test
    void test_obo_import_finds_cancers_under_the_cancer_root_and_skips_roots_and_obsolete_terms() throws Exception {
        List<LexiconEntry> diseases = new ArrayList<>();
        OboImporter.readDiseases(FIXTURES.resolve("doid.obo"), diseases::add);
        Map<String, LexiconEntry> d = byId(diseases);
        assertEquals(EntityType.CANCER, d.get("doid-5015").type(), "a grandchild of DOID:162");
        assertEquals(EntityType.DISEASE, d.get("doid-0060039").type());
        assertFalse(d.containsKey("doid-4") || d.containsKey("doid-162") || d.containsKey("doid-1234"));
        assertTrue(d.get("doid-5015").synonyms().contains("fibrolamellar hepatocellular carcinoma"));
        assertFalse(d.get("doid-5015").synonyms().contains("FLC tumour"), "RELATED synonyms are not names");
        List<LexiconEntry> cells = new ArrayList<>();
        OboImporter.readCellTypes(FIXTURES.resolve("cl.obo"), cells::add);
        assertEquals(List.of("cl-0000084"), cells.stream().map(LexiconEntry::id).toList());
    }

    @Test
    void test_import_command_writes_a_lexicon_the_pipeline_loads() throws Exception {
        Path out = dir.resolve("lexicon.tsv");
        int status = Main.run("lexicon", "import", "--hgnc", FIXTURES.resolve("hgnc.tsv").toString(),
                "--drugbank", FIXTURES.resolve("drugbank.csv").toString(), "--doid", FIXTURES.resolve("doid.obo").toString(),
                "--cl", FIXTURES.resolve("cl.obo").toString(), "--out", out.toString());
        assertEquals(0, status);
        Lexicon lexicon = Lexicon.load(List.of(out));
        assertEquals(EntityType.CELL_TYPE, lexicon.get("cl-0000084").type());
        assertTrue(lexicon.get("hgnc-2561").synonyms().contains("LESTR"), "merged into the seed entry for CXCR4");
    }

    @Test
    void test_a_seed_name_keeps_its_type_where_an_imported_vocabulary_gives_it_to_a_cell_type() throws Exception {
        // the Cell Ontology lists "orexin" as an exact synonym of the neuron that makes it (CL:0011109)
        Path imported = dir.resolve("imported.tsv");
        Files.writeString(imported, "cl-0011109\tCellType\thypocretin-secreting neuron\t"
                + "hypocretin-secreting neuron|orexin\tCL:0011109\t\n");
        Lexicon lexicon = Lexicon.load(List.of(imported));
        LexiconEntry first = lexicon.lookup(Lexicon.key("orexin")).get(0);
        assertEquals(EntityType.PROTEIN, first.type(), first.toString());
        assertEquals(EntityType.CELL_TYPE, lexicon.lookup(Lexicon.key("hypocretin-secreting neuron")).get(0).type());
    }

    @Test
    void test_import_of_the_wrong_file_says_so_and_writes_nothing() throws Exception {
        Path out = dir.resolve("lexicon.tsv");
        assertThrows(IllegalArgumentException.class, () -> DrugBankImporter.read(FIXTURES.resolve("hgnc.tsv"), e -> { }));
        int status = Main.run("lexicon", "import", "--drugbank", FIXTURES.resolve("hgnc.tsv").toString(), "--out", out.toString());
        assertEquals(1, status);
        assertFalse(Files.exists(out));
    }

    @Test
    void test_a_gene_whose_other_names_call_it_a_chemokine_ligand_is_a_chemokine() {
        // PF4 has no gene group in the HGNC set; its alias name says "chemokine (C-X-C motif) ligand 4"
        assertEquals(EntityType.CHEMOKINE, HgncImporter.type("", "platelet factor 4", "chemokine (C-X-C motif) ligand 4"));
        assertEquals(EntityType.PROTEIN, HgncImporter.type("", "gene a", "receptor accessory factor"),
                "an alias name saying 'receptor' does not make a receptor");
        assertEquals(EntityType.RECEPTOR, HgncImporter.type("", "C-X-C motif chemokine receptor 4", ""));
    }
}
