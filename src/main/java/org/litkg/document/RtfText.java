package org.litkg.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * A Rich Text Format file (WordPad, TextEdit, Word's "Save as RTF") reduced to its text: paragraphs on lines of their
 * own, escaped characters (a code-page byte, {@code \'e5}, or a Unicode one, u263) and typographic symbols
 * ({@code \ldblquote}, {@code \emdash}) written out, and what is no text (the font and colour tables, styles, pictures, field
 * codes, list bullets) left out. The document's {@code \info} title, if it has one, is its title.
 */
final class RtfText {

    /** Groups that hold no text to read: tables, metadata, pictures, field instructions, list numbering. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "listtable",
            "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore",
            "pntext", "pn", "xmlnstbl", "filetbl", "revtbl", "footnote", "annotation", "bkmkstart", "bkmkend");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("par", "\n\n"), Map.entry("line", "\n"),
            Map.entry("sect", "\n\n"), Map.entry("page", "\n\n"), Map.entry("row", "\n"), Map.entry("cell", "\t"),
            Map.entry("tab", "\t"), Map.entry("emdash", "\u2014"), Map.entry("endash", "\u2013"),
            Map.entry("lquote", "\u2018"), Map.entry("rquote", "\u2019"), Map.entry("ldblquote", "\u201C"),
            Map.entry("rdblquote", "\u201D"), Map.entry("bullet", "\u2022"), Map.entry("emspace", " "),
            Map.entry("enspace", " "), Map.entry("qmspace", " "));

    /** What a group inherits: whether its text is skipped, and how many fallback characters follow a Unicode escape. */
    private record State(boolean skip, int unicodeFallback) {
    }

    /** The text and the title a document's {@code \info} group gives. */
    static SourceFormat.Reduced reduce(String rtf) {
        if (!rtf.stripLeading().startsWith("{\\rtf")) {
            throw new IllegalArgumentException("not an RTF file: it does not start with '{\\rtf'");
        }
        StringBuilder text = new StringBuilder();
        StringBuilder title = new StringBuilder();
        Deque<State> groups = new ArrayDeque<>();
        State state = new State(false, 1);
        Charset codePage = Charset.forName("windows-1252");
        boolean inTitle = false;
        int titleDepth = -1;
        int fallback = 0; // fallback characters of a Unicode escape still to skip
        for (int i = 0; i < rtf.length(); i++) {
            char c = rtf.charAt(i);
            StringBuilder out = inTitle ? title : state.skip() ? null : text;
            if (c == '{') {
                groups.push(state);
                continue;
            }
            if (c == '}') {
                state = groups.isEmpty() ? state : groups.pop();
                inTitle = inTitle && groups.size() >= titleDepth;
                continue;
            }
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (c != '\\') {
                if (fallback > 0) {
                    fallback--;
                } else if (out != null) {
                    out.append(c);
                }
                continue;
            }
            char next = i + 1 < rtf.length() ? rtf.charAt(i + 1) : ' ';
            if (next == '\'' && i + 3 < rtf.length()) {
                int b = hexByte(rtf, i);
                i += 3;
                if (fallback > 0) {
                    fallback--;
                } else if (out != null) {
                    out.append(new String(new byte[] {(byte) b}, codePage));
                }
                continue;
            }
            if (!Character.isLetter(next)) {
                i++;
                if (next == '*') {
                    state = new State(true, state.unicodeFallback()); // an optional destination litkg does not know
                } else if (out != null && (next == '\\' || next == '{' || next == '}')) {
                    out.append(next);
                } else if (out != null && next == '~') {
                    out.append(' ');
                } else if (out != null && next == '_') {
                    out.append('-');
                } else if (out != null && (next == '\n' || next == '\r')) {
                    out.append("\n\n");
                }
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < rtf.length() && Character.isLetter(rtf.charAt(end))) {
                end++;
            }
            String word = rtf.substring(start, end);
            int numberStart = end;
            if (end < rtf.length() && (rtf.charAt(end) == '-' || Character.isDigit(rtf.charAt(end)))) {
                end++;
                while (end < rtf.length() && Character.isDigit(rtf.charAt(end))) {
                    end++;
                }
            }
            String number = rtf.substring(numberStart, end);
            i = end < rtf.length() && rtf.charAt(end) == ' ' ? end : end - 1; // one space ends a control word
            switch (word) {
                case "u" -> {
                    int code = number.isEmpty() || number.equals("-") ? '?' : Integer.parseInt(number);
                    if (out != null) {
                        out.append((char) (code < 0 ? code + 65536 : code));
                    }
                    fallback = state.unicodeFallback();
                }
                case "uc" -> state = new State(state.skip(), number.isEmpty() ? 1 : Integer.parseInt(number));
                case "ansicpg" -> codePage = codePage(number, codePage);
                case "bin" -> i += number.isEmpty() ? 0 : Integer.parseInt(number);
                case "title" -> {
                    inTitle = true;
                    titleDepth = groups.size();
                }
                default -> {
                    if (SKIPPED.contains(word)) {
                        state = new State(true, state.unicodeFallback());
                    } else if (out != null && SYMBOLS.containsKey(word)) {
                        out.append(SYMBOLS.get(word));
                    }
                }
            }
        }
        String t = title.toString().strip();
        return new SourceFormat.Reduced(t.isEmpty() ? null : t, Typography.tidyLines(text.toString()));
    }

    /** The byte a "\\'e5" escape at i gives; one whose two characters are no hex digits is an error with its place. */
    private static int hexByte(String rtf, int i) {
        try {
            return Integer.parseInt(rtf.substring(i + 2, i + 4), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed RTF: \"" + rtf.substring(i, i + 4) + "\" at character " + i
                    + " is no escaped byte (a backslash, a quote and two hex digits)", e);
        }
    }

    private static Charset codePage(String number, Charset current) {
        try {
            return number.equals("65001") ? StandardCharsets.UTF_8 : Charset.forName("windows-" + number);
        } catch (IllegalArgumentException e) {
            return current; // a code page Java does not know: keep the one before
        }
    }
}
