package org.litkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.litkg.document.Document;
import org.litkg.document.DocumentError;
import org.litkg.document.DocumentReader;
import org.litkg.evaluation.GoldStandard;
import org.litkg.evaluation.NewsEvaluation;
import org.litkg.evaluation.Score;
import org.litkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litkg eval --gold FILE.tsv DOCS...}: precision, recall and F1 against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline on DOCS and scores it against a gold TSV file (see data/eval/news-gold.tsv):",
                "precision, recall and F1 per relation type and overall, negated and hedged findings, entity typing.",
                "Subcommands score real corpora: 'eval chemprot DIR', 'eval biored FILE'."},
        subcommands = {ChemProtEvalCommand.class, BioRedEvalCommand.class})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE.tsv", description = "Gold rows: document, subject, relation, object[, hedged].")
    Path gold;

    @Parameters(arity = "0..*", paramLabel = "DOCS", description = "The documents the gold file describes (files or folders).")
    List<Path> documents = new ArrayList<>();

    @Option(names = "--details", description = "Also list every false positive, missed fact and typing error.")
    boolean details;

    @Mixin
    LexiconFiles lexicons;

    @Mixin
    NameModelOption names;

    @Override
    public Integer call() throws IOException {
        if (gold == null || documents.isEmpty()) {
            throw new IllegalArgumentException("give --gold FILE.tsv and the documents it describes, "
                    + "or a subcommand (chemprot, biored); see 'litkg eval --help'");
        }
        GoldStandard standard = GoldStandard.read(gold);
        List<Document> docs = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        // the gold file often sits among the documents it describes, and a .tsv is a document kind: it is not one here
        Path goldFile = gold.toAbsolutePath().normalize();
        new DocumentReader().read(documents, d -> {
            if (!d.source().equals(goldFile.getFileName().toString())) {
                docs.add(d);
            }
        }, e -> {
            if (!Path.of(e.where()).toAbsolutePath().normalize().equals(goldFile)) {
                errors.add(e);
            }
        });
        Pipeline pipeline = new Pipeline(lexicons.files, NameModelOption.load(names.given()));
        Progress.say("evaluating " + docs.size() + " documents against " + gold);
        NewsEvaluation.Report r = new NewsEvaluation(pipeline).evaluate(standard, docs);
        System.out.println("litkg " + Pipeline.VERSION + " on " + r.documents() + " documents, gold " + gold);
        System.out.println(Score.header());
        r.byRelation().forEach((relation, score) -> System.out.println(score.row(relation.property())));
        System.out.println(r.overall().row("overall"));
        System.out.printf(Locale.ROOT, "negated findings: %d in gold, %d asserted (must be 0), %d kept as negative evidence%n",
                r.negatedGold(), r.negatedAsserted(), r.negatedKept());
        System.out.printf(Locale.ROOT, "hedged findings: %d in gold, %d flagged as hedged%n", r.hedgedGold(), r.hedgedFlagged());
        System.out.printf(Locale.ROOT, "entity typing: %d gold entities, %d found (%.3f), %d typed right: accuracy %.3f%n",
                r.typingGold(), r.typingFound(), r.typingGold() == 0 ? 0.0 : (double) r.typingFound() / r.typingGold(),
                r.typingCorrect(), r.typingAccuracy());
        unread(standard, docs).forEach(System.out::println);
        if (details) {
            r.errors().forEach(System.out::println);
        }
        errors.addAll(r.failures()); // reported on stderr, and the exit status says the figures are incomplete
        return BuildCommand.report(errors);
    }

    /**
     * A line for each document the gold file describes that was not among those read (not given, or of a kind the
     * reader skips): its facts are in no figure above, which a reader of the figures must know.
     */
    static List<String> unread(GoldStandard standard, List<Document> docs) {
        java.util.Set<String> read = new java.util.HashSet<>();
        docs.forEach(d -> read.add(GoldStandard.documentKey(d.source())));
        java.util.Map<String, Long> facts = new java.util.TreeMap<>();
        standard.facts().stream().filter(f -> !read.contains(f.document()))
                .forEach(f -> facts.merge(f.document(), 1L, Long::sum));
        return facts.entrySet().stream().map(e -> "not read: " + e.getKey() + " (" + e.getValue()
                + " gold facts, not scored above)").toList();
    }
}
