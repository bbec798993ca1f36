package org.litkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.litkg.evaluation.ChemProtEvaluation;
import org.litkg.evaluation.Score;
import org.litkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litkg eval chemprot DIR}: lkg:blocks against ChemProt CPR:4 and CPR:6, end to end from raw text. */
@Command(name = "chemprot", mixinStandardHelpOptions = true,
        description = {"Reads the ChemProt abstracts in DIR end to end and scores litkg's 'blocks' triples",
                "against the gold CPR:4 (inhibitor) and CPR:6 (antagonist) chemical-protein pairs."})
final class ChemProtEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with chemprot_<split>_{abstracts,entities,gold_standard}.tsv.")
    Path dir;

    @Option(names = "--split", defaultValue = "development", description = "development (default) or training.")
    String split;

    @Option(names = "--details", description = "Also list every false positive, and every missed pair with the type litkg gave each end.")
    boolean details;

    @Mixin
    LexiconFiles lexicons;

    @Mixin
    NameModelOption names;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = new Pipeline(lexicons.files, NameModelOption.load(names.given()));
        ChemProtEvaluation.Report r = new ChemProtEvaluation(pipeline).evaluate(dir, split, Progress::say);
        System.out.println("litkg " + Pipeline.VERSION + " on ChemProt " + split + ": " + r.abstracts()
                + " abstracts, gold pairs of CPR:4 and CPR:6");
        System.out.println(Score.header());
        System.out.println(r.score().row("blocks"));
        if (details) {
            r.errors().forEach(System.out::println);
        }
        return 0;
    }
}
