package org.litkg.document;

import java.util.regex.Pattern;

/**
 * A full stop for a line that layouts spell out as a sentence of its own (a table's row, a ticker's item, a card's
 * item), where the line has none, so that it is read alone rather than run into the line after it.
 */
final class FullStops {

    private static final Pattern ENDED = Pattern.compile("[.!?]\\s*$");

    private FullStops() {
    }

    /** The text with a full stop after it, unless it already ends a sentence. */
    static String close(String text) {
        return ENDED.matcher(text).find() ? text : text + ".";
    }
}
