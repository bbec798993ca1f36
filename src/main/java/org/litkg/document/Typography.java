package org.litkg.document;

import java.util.regex.Pattern;

/**
 * Typesetting that text extracted from a PDF keeps and a reader does not see: ligatures set as one character ("ﬁ" in
 * "ﬁbrosis", "ﬀ" in "diﬀerent"), which no lexicon or tokenizer would match, and soft hyphens, which mark where a word
 * was broken at a line's end or may be.
 */
final class Typography {

    /** A word broken at a soft hyphen at a line's end, and the rest of the word on the next line. */
    private static final Pattern SOFT_HYPHEN_BREAK = Pattern.compile("\u00AD[ \\t]*\\n[ \\t]*(\\S*)[ \\t]*");

    private Typography() {
    }

    /** The text with each ligature spelt out and each soft hyphen gone, a word broken at one joined again. */
    static String plain(String text) {
        if (!hasTypesetting(text)) {
            return text;
        }
        // the word is mended on the first line and the break moves after it, so a wrapped line keeps about its length
        return ligatures(SOFT_HYPHEN_BREAK.matcher(text).replaceAll("$1\n").replace("\u00AD", ""));
    }

    /** The text with each ligature spelt out, soft hyphens kept for {@link WrappedLines} to join lines at. */
    static String ligatures(String text) {
        if (!hasTypesetting(text)) {
            return text;
        }
        return text.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB03", "ffi")
                .replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
    }

    /** Whether a line ends in a soft hyphen: a word the typesetter broke, so the line was wrapped, whatever its length. */
    static boolean endsInSoftHyphen(String line) {
        return line.stripTrailing().endsWith("\u00AD");
    }

    private static boolean hasTypesetting(String text) {
        return text.chars().anyMatch(c -> c == '\u00AD' || c >= '\uFB00' && c <= '\uFB06');
    }

    /**
     * A reduced document's lines stripped at both ends, with no run of more than one blank line: what a format reader
     * that writes a paragraph a line (RTF, Word) leaves of its markup's spacing.
     */
    static String tidyLines(String text) {
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }
}
