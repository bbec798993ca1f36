package org.litkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/** The output formats of {@code litkg build}, chosen by file extension. */
enum GraphFormat {
    TRIG(".trig", Lang.TRIG),
    NQUADS(".nq", Lang.NQUADS);

    final String extension;
    final Lang lang;

    GraphFormat(String extension, Lang lang) {
        this.extension = extension;
        this.lang = lang;
    }

    static GraphFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the format of '" + file + "': use .trig (TriG) or .nq (N-Quads)");
    }
}
