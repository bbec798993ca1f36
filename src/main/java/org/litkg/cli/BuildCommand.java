package org.litkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.litkg.document.DocumentError;
import org.litkg.pipeline.CorpusFingerprint;
import org.litkg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litkg build PATH... --out FILE}: extract the graph and write it as TriG, N-Quads or JSON-LD. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extracts the knowledge graph from the given files and folders and writes it to FILE.",
                "Format by extension: .trig (TriG), .nq (N-Quads) or .jsonld (JSON-LD 1.1, litkg context). Exit status 0 when every document was read,",
                "1 when some could not be (they are named on stderr; the others are in the output)."})
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents (.txt, .md, .html, .jsonl) or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (.trig, .nq or .jsonld).")
    Path out;

    @Option(names = "--kgx", paramLabel = "DIR",
            description = "Also write the graph as Biolink KGX TSV: DIR/nodes.tsv and DIR/edges.tsv.")
    Path kgx;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LexiconFiles lexicons;

    @Mixin
    NameModelOption names;

    @Override
    public Integer call() throws IOException {
        if (out == null && kgx == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say where to write the graph: --out FILE, --kgx DIR, or both");
        }
        GraphFormat format = out == null ? null : GraphFormat.of(out);
        Pipeline pipeline = new Pipeline(lexicons.files, NameModelOption.load(names.given()));
        String fingerprint = CorpusFingerprint.of(inputs, lexicons.files, names.given());
        if (format == GraphFormat.NQUADS && kgx == null) {
            return streamNQuads(pipeline, fingerprint);
        }
        Pipeline.Result result = pipeline.run(inputs, fingerprint, Progress::say);
        if (out != null) {
            writeWhole(out, os -> format.write(result.dataset(), os));
            Progress.say("wrote " + result.dataset().stream().count() + " quads from " + result.documents() + " documents ("
                    + result.statements() + " statements) to " + out);
        }
        if (kgx != null) {
            KgxFiles.write(result.dataset(), kgx);
        }
        return report(result.errors());
    }

    /** N-Quads go straight to the file as they are made, so a corpus of any size builds in a small heap. */
    private int streamNQuads(Pipeline pipeline, String fingerprint) throws IOException {
        Pipeline.Summary[] summary = new Pipeline.Summary[1];
        writeWhole(out, os -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            summary[0] = pipeline.stream(inputs, fingerprint, stream, Progress::say);
        });
        Pipeline.Summary s = summary[0];
        Progress.say("wrote " + s.quads() + " quads from " + s.documents() + " documents (" + s.statements() + " statements) to " + out);
        return report(s.errors());
    }

    /** An output file is written whole or not at all: into a temporary sibling, then renamed. */
    static void writeWhole(Path file, IoWriter writer) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            writer.write(os);
        }
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes to a stream, possibly failing with an I/O error. */
    interface IoWriter {
        void write(OutputStream os) throws IOException;
    }

    /** Names each unreadable document on stderr; 1 if there was any. */
    static int report(List<DocumentError> errors) {
        for (DocumentError e : errors) {
            Progress.say("error: " + e);
        }
        if (!errors.isEmpty()) {
            Progress.say(errors.size() + " document(s) could not be read or analysed; the others were processed");
        }
        return errors.isEmpty() ? 0 : 1;
    }
}
