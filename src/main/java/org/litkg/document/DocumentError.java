package org.litkg.document;

/** A document that could not be read: which one, and what was wrong with it. */
public record DocumentError(String where, String problem) {

    @Override
    public String toString() {
        return where + ": " + problem;
    }
}
