package org.litkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.litkg.evaluation.BioRedEvaluation;
import org.litkg.evaluation.Score;
import org.litkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code litkg eval biored FILE}: entity recognition against BioRED's gold mentions. */
@Command(name = "biored", mixinStandardHelpOptions = true,
        description = {"Scores litkg's entity recognition on a BioRED PubTator file (genes, chemicals, diseases),",
                "with strict (same span) and overlap matching."})
final class BioRedEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A BioRED PubTator file, e.g. Dev.PubTator.")
    Path file;

    @Mixin
    LexiconFiles lexicons;

    @Mixin
    NameModelOption names;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = new Pipeline(lexicons.files, NameModelOption.load(names.given()));
        BioRedEvaluation.Report r = new BioRedEvaluation(pipeline::recognize).evaluate(file, Progress::say);
        System.out.println("litkg " + Pipeline.VERSION + " on BioRED " + file.getFileName() + ": " + r.abstracts()
                + " abstracts, " + (lexicons.files.isEmpty() ? "seed lexicon" : "lexicons " + lexicons.files));
        for (var kind : BioRedEvaluation.Kind.values()) {
            System.out.println(Score.header(kind.name().toLowerCase(java.util.Locale.ROOT)));
            System.out.println(r.strict().get(kind).row("  strict"));
            System.out.println(r.overlap().get(kind).row("  overlap"));
        }
        return 0;
    }
}
