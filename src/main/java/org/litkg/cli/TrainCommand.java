package org.litkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.litkg.evaluation.NameTraining;
import org.litkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code litkg train names}: trains the name model on annotated abstracts the user gives. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains litkg's models.",
        subcommands = TrainCommand.Names.class)
final class TrainCommand {

    @Command(name = "names", mixinStandardHelpOptions = true,
            description = {"Trains the name model, which finds the chemical and gene names no lexicon lists, on the",
                    "mentions of a ChemProt split and of PubTator files (BioRED's). 'serve' and 'add' then load it",
                    "from data/models/; give it to 'build', 'eval' and 'bench extract' with --name-model FILE."})
    static final class Names implements Callable<Integer> {

        @Option(names = "--chemprot", paramLabel = "DIR", description = "Folder with chemprot_<split>_{abstracts,entities}.tsv.")
        Path chemprot;

        @Option(names = "--chemprot-split", defaultValue = "training", paramLabel = "SPLIT",
                description = "The ChemProt split trained on (default: ${DEFAULT-VALUE}).")
        String split;

        @Option(names = "--pubtator", paramLabel = "FILE", description = "A PubTator file, e.g. BioRED's Train.PubTator.")
        List<Path> pubtator = new ArrayList<>();

        @Option(names = "--iterations", defaultValue = "100", paramLabel = "N",
                description = "Training passes (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--out", paramLabel = "FILE", description = "Model file (default: data/models/names.bin).")
        Path out = NameModelOption.TRAINED;

        /** How often a line says training goes on. */
        private static final long PROGRESS_SECONDS = 15;

        @Override
        public Integer call() throws IOException {
            if (iterations < 1) {
                throw new IllegalArgumentException("--iterations must be at least 1, not " + iterations);
            }
            long started = System.nanoTime();
            Pipeline pipeline = new Pipeline(List.of());
            NameTraining.Report r;
            // OpenNLP's trainer reports nothing while it runs (a minute or two on ChemProt and BioRED): say it still is
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "litkg-train-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(() -> Progress.say(String.format(Locale.ROOT, "still training (%.0f s)",
                    (System.nanoTime() - started) / 1e9)), PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
            try {
                r = new NameTraining(pipeline::analyze).train(Optional.ofNullable(chemprot), split, pubtator, iterations,
                        Progress::say);
            } finally {
                ticker.shutdownNow();
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            BuildCommand.writeWhole(out, os -> r.model().save(os));
            System.out.printf(Locale.ROOT, "litkg %s name model: %,d abstracts, %,d sentences, names %s (%,d mentions left out: "
                    + "ends inside a token, or overlapping another), trained in %.0f s; wrote %s%n", Pipeline.VERSION,
                    r.abstracts(), r.sentences(), r.names(), r.leftOut(), (System.nanoTime() - started) / 1e9, out);
            return 0;
        }
    }
}
