package org.litkg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.litkg.recognition.LexiconEntry;
import org.litkg.vocabulary.DrugBankImporter;
import org.litkg.vocabulary.HgncImporter;
import org.litkg.vocabulary.LexiconFile;
import org.litkg.vocabulary.OboImporter;
import org.litkg.vocabulary.VocabularyConflicts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code litkg lexicon import}: build a lexicon from standard vocabularies. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, description = "Lexicon tools.",
        subcommands = LexiconCommand.Import.class)
final class LexiconCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Builds a lexicon from the HGNC complete set, the DrugBank open vocabulary, the Disease Ontology",
                    "and the Cell Ontology, read from the paths given (any subset). 'serve' then loads it from",
                    "data/lexicon/; give it to 'build' and 'eval' with --lexicon FILE."})
    static final class Import implements Callable<Integer> {

        @Option(names = "--hgnc", paramLabel = "FILE", description = "hgnc_complete_set.txt (TSV)")
        Path hgnc;

        @Option(names = "--drugbank", paramLabel = "FILE", description = "drugbank_vocabulary.csv")
        Path drugbank;

        @Option(names = "--doid", paramLabel = "FILE", description = "Disease Ontology .obo")
        Path doid;

        @Option(names = "--cl", paramLabel = "FILE", description = "Cell Ontology .obo")
        Path cl;

        @Option(names = "--out", paramLabel = "FILE", description = "Output TSV (default: data/lexicon/imported.tsv).")
        Path out = LexiconFiles.IMPORTED_DIR.resolve("imported.tsv");

        @Override
        public Integer call() throws IOException {
            if (hgnc == null && drugbank == null && doid == null && cl == null) {
                throw new IllegalArgumentException("give at least one of --hgnc, --drugbank, --doid, --cl");
            }
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(LexiconFile.HEADER);
                java.util.function.Consumer<LexiconEntry> sink = e -> {
                    try {
                        LexiconFile.write(e, w);
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                };
                List<LexiconEntry> drugs = new ArrayList<>();
                List<LexiconEntry> diseasesAndCells = new ArrayList<>();
                if (hgnc != null) {
                    Progress.say("HGNC: " + HgncImporter.read(hgnc, sink) + " genes from " + hgnc);
                }
                if (drugbank != null) {
                    Progress.say("DrugBank: " + DrugBankImporter.read(drugbank, drugs::add) + " drugs from " + drugbank);
                }
                if (doid != null) {
                    Progress.say("Disease Ontology: " + OboImporter.readDiseases(doid, diseasesAndCells::add) + " diseases from " + doid);
                }
                if (cl != null) {
                    Progress.say("Cell Ontology: " + OboImporter.readCellTypes(cl, diseasesAndCells::add) + " cell types from " + cl);
                }
                List<LexiconEntry> keptDrugs = VocabularyConflicts.drugsWithoutNamesOf(drugs, diseasesAndCells);
                if (keptDrugs.size() < drugs.size()) {
                    Progress.say((drugs.size() - keptDrugs.size()) + " DrugBank entries named only as diseases or cell types are left out");
                }
                keptDrugs.forEach(sink);
                diseasesAndCells.forEach(sink);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Progress.say("wrote " + out);
            return 0;
        }
    }
}
