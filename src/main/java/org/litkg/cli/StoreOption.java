package org.litkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option of the commands that work on a store no server has open (a picocli mixin). */
final class StoreOption {

    @Option(names = "--store", defaultValue = "store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path dir;
}
