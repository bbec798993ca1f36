package org.litkg.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.litkg.document.Hashing;
import org.litkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code litkg restore FILE}: builds a store from a backup (gzipped or plain N-Quads) in a
 * temporary folder and renames it into place, so a bad backup or a crash leaves the old store.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Builds a store from a backup made by 'litkg backup' or downloaded from /dumps/litkg.nq.gz,",
                "replacing the store only once the new one is complete. Stop the server first."})
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Backup file (.nq.gz or .nq).")
    Path backup;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() throws java.io.IOException {
        Path store = storeOption.dir;
        if (!Files.isRegularFile(backup)) {
            Progress.say("no backup file at " + backup);
            return 2;
        }
        String fingerprint = "restored-" + Hashing.sha256(backup.toAbsolutePath() + "@" + Files.getLastModifiedTime(backup));
        try {
            KnowledgeStore.build(store, stream -> {
                try (InputStream in = open(backup)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(stream);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, fingerprint);
        } catch (RiotException e) {
            Progress.say("the backup " + backup + " is not valid N-Quads (" + e.getMessage() + "); the store is unchanged");
            return 1;
        } catch (java.io.UncheckedIOException e) {
            Progress.say("cannot read the backup " + backup + " (" + e.getCause().getMessage() + "); the store is unchanged");
            return 1;
        }
        System.out.println("restored " + store + " from " + backup);
        return 0;
    }

    private static InputStream open(Path file) throws java.io.IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
