package org.litkg.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.KgxExport;

/** {@code build --kgx DIR}: nodes.tsv and edges.tsv, both written before either replaces an older one. */
final class KgxFiles {

    private KgxFiles() {
    }

    static void write(DatasetGraph dsg, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path nodes = dir.resolve("nodes.tsv.tmp");
        Path edges = dir.resolve("edges.tsv.tmp");
        int[] counts;
        try (Writer n = new OutputStreamWriter(Files.newOutputStream(nodes), StandardCharsets.UTF_8);
             Writer e = new OutputStreamWriter(Files.newOutputStream(edges), StandardCharsets.UTF_8)) {
            counts = KgxExport.write(dsg, n, e);
        }
        Files.move(nodes, dir.resolve("nodes.tsv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(edges, dir.resolve("edges.tsv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Progress.say("wrote KGX TSV: " + counts[0] + " nodes and " + counts[1] + " edges to " + dir);
    }
}
