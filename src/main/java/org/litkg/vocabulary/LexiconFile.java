package org.litkg.vocabulary;

import java.io.IOException;
import java.io.Writer;
import org.litkg.recognition.LexiconEntry;

/** Writes lexicon entries in litkg's lexicon TSV format (see the seed lexicon's header). */
public final class LexiconFile {

    public static final String HEADER = "# litkg lexicon: id, type, preferred label, synonyms (|), identifiers (|), flags"
            + " (cs: case-sensitive; ctx: only in a publication context)\n";

    private LexiconFile() {
    }

    public static void write(LexiconEntry e, Writer out) throws IOException {
        String flags = (e.caseSensitive() ? "cs" : "") + (e.needsContext() ? (e.caseSensitive() ? ",ctx" : "ctx") : "");
        out.write(String.join("\t", e.id(), e.type().className(), e.label(), String.join("|", e.synonyms()),
                String.join("|", e.xrefs()), flags));
        out.write('\n');
    }
}
