package org.litkg.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as read: its stable id (derived from the file or record name), its full text,
 * and the metadata the source gave. Every offset elsewhere in litkg points into {@link #text()}.
 *
 * @param id        stable, IRI-safe identifier (a slug)
 * @param title     the title, from the source or the first heading line
 * @param text      the full text; offsets are Java {@code char} indices into it
 * @param source    where it came from (file name or the record's source field)
 * @param date      publication date as ISO-8601 (yyyy-mm-dd) where the text or record gives one
 * @param sha256    hex SHA-256 of the UTF-8 text
 * @param proseBlocks the parts of the text that are running prose (page furniture excluded)
 */
public record Document(String id, String title, String text, String source, Optional<String> date,
                       String sha256, List<Span> proseBlocks) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        proseBlocks = List.copyOf(proseBlocks);
        for (Span block : proseBlocks) {
            if (block.end() > text.length()) {
                throw new IllegalArgumentException("prose block " + block + " outside text of length " + text.length());
            }
        }
    }

    /** The same document under another id. */
    public Document withId(String newId) {
        return new Document(newId, title, text, source, date, sha256, proseBlocks);
    }
}
