package org.litkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** litkg: build a knowledge graph from biomedical literature and serve it over SPARQL. */
@Command(name = "litkg", mixinStandardHelpOptions = true, version = "litkg " + org.litkg.pipeline.Pipeline.VERSION,
        description = "Builds a knowledge graph from biomedical literature and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ValidateCommand.class, EvalCommand.class, LexiconCommand.class,
                BenchCommand.class, AddCommand.class, RemoveCommand.class, CompactCommand.class, BackupCommand.class,
                RestoreCommand.class, TrainCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("litkg " + cmd.getCommandName() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
