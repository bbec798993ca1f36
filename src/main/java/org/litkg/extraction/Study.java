package org.litkg.extraction;

import java.util.Optional;

/**
 * A study the document reports. Its identity is the document and its order of appearance there,
 * so a rebuild from the same text gives the same study; its journal and date are filled in as the
 * text reveals them.
 *
 * @param ordinal 1 for the first study the document reports, 2 for the next, ...
 */
public final class Study {

    private final int ordinal;
    private Node.EntityNode journal;
    private String date;
    /** The sentence that said where the study was published, or -1. */
    private int publicationSentence = -1;

    Study(int ordinal) {
        this.ordinal = ordinal;
    }

    public int ordinal() {
        return ordinal;
    }

    public Optional<Node.EntityNode> journal() {
        return Optional.ofNullable(journal);
    }

    public Optional<String> date() {
        return Optional.ofNullable(date);
    }

    void setJournal(Node.EntityNode journal) {
        this.journal = journal;
    }

    /** The journal, read in sentence {@code si}, which may say what kind of work the study was ("a mouse study"). */
    void setJournal(Node.EntityNode journal, int si) {
        this.journal = journal;
        this.publicationSentence = si;
    }

    int publicationSentence() {
        return publicationSentence;
    }

    void setDateIfAbsent(String isoDate) {
        if (date == null) {
            date = isoDate;
        }
    }
}
