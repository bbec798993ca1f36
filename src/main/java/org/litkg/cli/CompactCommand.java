package org.litkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.litkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code litkg compact}: TDB2 never overwrites in place, so every commit leaves the blocks it
 * replaced behind; compaction copies the live data into a new generation and deletes the old one.
 * Jena builds the new generation in a temporary folder and renames it into place, so a crash
 * during compaction leaves the old generation whole.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts a store (reclaims the space earlier commits left behind). Stop the server first;",
                "a server with writing on compacts by itself (serve --compact-after)."})
final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() throws java.io.IOException {
        Path store = storeOption.dir;
        long before = KnowledgeStore.sizeOnDisk(store);
        DatasetGraph dsg = KnowledgeStore.open(store);
        try {
            DatabaseMgr.compact(dsg, true);
        } finally {
            KnowledgeStore.close(dsg);
        }
        long after = KnowledgeStore.sizeOnDisk(store);
        System.out.printf(java.util.Locale.ROOT, "compacted %s: %.1f MB -> %.1f MB%n", store, before / 1e6, after / 1e6);
        return 0;
    }
}
