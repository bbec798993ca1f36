package org.litkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.litkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code litkg backup}: every quad of a store, from one read transaction, as gzipped N-Quads,
 * written beside the target and renamed into place when complete. A running server gives the same
 * file at {@code /dumps/litkg.nq.gz}. {@code litkg restore} turns either back into a store.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of a store as gzipped N-Quads (stop the server first, or download",
                "/dumps/litkg.nq.gz from it). Restore it with 'litkg restore'."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Backup file, e.g. litkg-backup.nq.gz.")
    Path out;

    @Override
    public Integer call() throws java.io.IOException {
        Path store = storeOption.dir;
        DatasetGraph dsg = KnowledgeStore.open(store);
        Path absolute = out.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        long quads;
        try (OutputStream file = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            StreamRDFCounting counting = StreamRDFLib.count(StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS));
            quads = Txn.calculateRead(dsg, () -> {
                counting.start();
                StreamRDFOps.sendDatasetToStream(dsg, counting);
                counting.finish();
                return counting.countQuads();
            });
        } finally {
            KnowledgeStore.close(dsg);
        }
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("backed up " + quads + " quads from " + store + " to " + out);
        return 0;
    }
}
