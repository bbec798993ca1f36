package org.litkg.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.litkg.document.Hashing;
import org.litkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code litkg restore FILE|DIR...} (also {@code litkg load}): builds a store from N-Quads, gzipped
 * or plain (a backup, the server's dump, or the part files a Spark build wrote into a folder), in a
 * temporary folder through TDB2's bulk loader, and renames it into place, so bad input or a crash
 * leaves the old store.
 */
@Command(name = "restore", aliases = "load", mixinStandardHelpOptions = true,
        description = {"Builds a store from N-Quads: a backup made by 'litkg backup' or downloaded from /dumps/litkg.nq.gz,",
                "or the folder of part files a Spark build wrote. The store is replaced only once the new one is complete,",
                "and 'serve' keeps it (it is not rebuilt from --data unless --rebuild is given). Stop the server first."})
final class RestoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "N-Quads files (.nq or .nq.gz), or folders of them (every file not starting with '_' or '.').")
    List<Path> inputs;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() throws java.io.IOException {
        Path store = storeOption.dir;
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().matches("[_.].*")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                Progress.say("no N-Quads file or folder at " + input + "; the store is unchanged");
                return 2;
            }
        }
        if (files.isEmpty()) {
            Progress.say("no N-Quads files in " + inputs + "; the store is unchanged");
            return 2;
        }
        StringBuilder stamp = new StringBuilder();
        for (Path f : files) {
            stamp.append(f.toAbsolutePath()).append('@').append(Files.getLastModifiedTime(f)).append('\n');
        }
        String fingerprint = KnowledgeStore.LOADED_PREFIX + Hashing.sha256(stamp.toString());
        Path[] current = new Path[1];
        try {
            KnowledgeStore.build(store, stream -> {
                for (Path f : files) {
                    current[0] = f;
                    try (InputStream in = open(f)) {
                        RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFWrapper(stream) {
                            @Override
                            public void start() { }

                            @Override
                            public void finish() { }
                        });
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, fingerprint);
        } catch (RiotException e) {
            Progress.say(current[0] + " is not valid N-Quads (" + e.getMessage() + "); the store is unchanged");
            return 1;
        } catch (java.io.UncheckedIOException e) {
            Progress.say("cannot read " + current[0] + " (" + e.getCause().getMessage() + "); the store is unchanged");
            return 1;
        }
        System.out.println("restored " + store + " from " + (files.size() == 1 ? files.get(0) : files.size() + " files in " + inputs));
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
