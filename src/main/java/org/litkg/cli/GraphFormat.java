package org.litkg.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.rdf.JsonLdExport;

/** The output formats of {@code litkg build}, chosen by file extension. */
enum GraphFormat {
    TRIG(".trig"),
    NQUADS(".nq"),
    JSONLD(".jsonld");

    final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    void write(DatasetGraph dsg, OutputStream out) {
        switch (this) {
            case TRIG -> RDFDataMgr.write(out, dsg, Lang.TRIG);
            case NQUADS -> RDFDataMgr.write(out, dsg, Lang.NQUADS);
            case JSONLD -> JsonLdExport.write(dsg, out);
        }
    }

    static GraphFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the format of '" + file
                + "': use .trig (TriG), .nq (N-Quads) or .jsonld (JSON-LD)");
    }
}
