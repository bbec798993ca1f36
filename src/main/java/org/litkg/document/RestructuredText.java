package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reStructuredText page ({@code .rst}: Sphinx and Read the Docs documentation, Python project pages) reduced to its
 * prose, one block a paragraph, section title, list item or field. A section title keeps its words, not its over- and
 * underlines; a field list's "{@code :Author: X}" reads "Author: X"; inline markup goes ({@code **strong**},
 * {@code *emphasis*}, ``literal``, roles, {@code `text <url>`_} links keep their text, footnote references go).
 * Admonitions ({@code .. note::}) and block quotes are prose and stay; what is for the builder goes: comments,
 * targets, substitution definitions, directives' options, code and literal blocks, images, the table of contents,
 * transitions, and a "References" section with its footnotes and citations, since a reference list states nothing of
 * its own, as {@link MarkdownText} reads one. The title is the first section title.
 */
final class RestructuredText {

    /** A line of one punctuation character repeated: a section title's over- or underline, or a transition. */
    private static final Pattern ADORNMENT = Pattern.compile("^([=\\-~^\"'`#*+<>:._])\\1{2,}\\s*$");
    private static final Pattern EXPLICIT = Pattern.compile("^\\.\\.(\\s+|$)(.*)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^([\\w:.+-]+)::\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("^:([^:`][^:]*):\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+•]|#\\.|\\d+[.)]|\\(?[a-zA-Z\\d]\\))\\s+(.*)$");
    private static final Pattern TABLE_BORDER = Pattern.compile("^\\s*[+=][-=+ ]*$");
    /** Admonitions and other directives whose body and argument are prose. */
    private static final Set<String> PROSE_DIRECTIVES = Set.of("note", "tip", "hint", "important", "warning",
            "caution", "attention", "danger", "error", "admonition", "topic", "sidebar", "epigraph", "highlights",
            "pull-quote", "rubric", "seealso", "versionadded", "versionchanged", "deprecated", "container");
    private static final Pattern ROLE = Pattern.compile(":[\\w:+.-]+:`([^`<]*?)\\s*(?:<[^>]*>)?`");
    private static final Pattern LINK = Pattern.compile("`([^`<]*?)\\s*(?:<[^>]*>)?`__?");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\s?\\[(#[\\w-]*|\\*|\\d+|[\\w.-]+)]_");
    private static final Pattern LITERAL = Pattern.compile("``(.+?)``");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern INTERPRETED = Pattern.compile("(?<![\\w`])`(?=\\S)([^`]+?)(?<=\\S)`(?![\\w`_])");
    private static final Pattern WORD_LINK = Pattern.compile("\\b([\\w-]+)__?(?=[\\s.,;:!?)]|$)");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|\\s][^|]*?)\\|(?!\\w)");

    private RestructuredText() {
    }

    /** The page's first section title, if it has one. */
    static String title(String rst) {
        String[] lines = rst.split("\\R", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            if (underlines(lines[i], lines[i + 1])) {
                return inline(lines[i].strip());
            }
        }
        return null;
    }

    /** The page's prose, blocks separated by blank lines. */
    static String text(String rst) {
        String[] lines = rst.split("\\R", -1);
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int skipDeeperThan = -1; // the indent a skipped block's lines lie deeper than: a comment, code, a directive
        boolean references = false;
        boolean literalNext = false;
        boolean inList = false; // a list's items follow one another without blank lines; a paragraph's "2025." is none
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            int indent = indent(line);
            if (skipDeeperThan >= 0) {
                if (stripped.isEmpty() || indent > skipDeeperThan) {
                    continue;
                }
                skipDeeperThan = -1;
            }
            if (stripped.isEmpty()) {
                ProseBlocks.flush(block, blocks);
                if (literalNext) { // "Example::" then an indented block: code, not prose
                    skipDeeperThan = indentBefore(lines, i);
                    literalNext = false;
                }
                continue;
            }
            if (i + 1 < lines.length && underlines(line, lines[i + 1])) {
                ProseBlocks.flush(block, blocks);
                references = ProseBlocks.REFERENCE_HEADING.matcher(inline(stripped)).matches();
                if (!references) {
                    blocks.add(inline(stripped));
                }
                i++;
                continue;
            }
            if (ADORNMENT.matcher(stripped).matches() || TABLE_BORDER.matcher(line).matches() && stripped.length() > 2) {
                ProseBlocks.flush(block, blocks); // an overline, a transition or a table's border
                continue;
            }
            if (references) {
                continue;
            }
            Matcher explicit = EXPLICIT.matcher(stripped);
            if (explicit.matches()) {
                ProseBlocks.flush(block, blocks);
                Matcher directive = DIRECTIVE.matcher(explicit.group(2));
                String name = directive.matches() ? directive.group(1).toLowerCase(Locale.ROOT) : "";
                if (PROSE_DIRECTIVES.contains(name)) {
                    block.append(inline(directive.group(2)));
                } else {
                    skipDeeperThan = indent; // a comment, a target, a footnote, code, an image, the contents
                }
                continue;
            }
            if (FIELD.matcher(stripped).matches() && indent > 0 && block.isEmpty()) {
                continue; // a directive's option (":local:"), under a prose directive
            }
            Matcher field = FIELD.matcher(stripped);
            Matcher item = LIST_ITEM.matcher(stripped);
            if (field.matches()) {
                ProseBlocks.flush(block, blocks);
                block.append(inline(field.group(1))).append(": ").append(inline(field.group(2)));
            } else if (item.matches() && (block.isEmpty() || inList)) {
                ProseBlocks.flush(block, blocks);
                block.append(inline(item.group(2)));
                inList = true;
            } else if (stripped.startsWith("| ") && !stripped.endsWith("|")) {
                ProseBlocks.flush(block, blocks); // a line block: each line its own
                block.append(inline(stripped.substring(2)));
            } else if (stripped.startsWith("|") && stripped.endsWith("|")) {
                ProseBlocks.flush(block, blocks);
                block.append(MarkdownText.tableRow(inline(stripped)));
                ProseBlocks.flush(block, blocks);
            } else {
                inList &= !block.isEmpty();
                block.append(block.isEmpty() ? "" : " ").append(inline(stripped));
            }
            if (stripped.endsWith("::")) {
                literalNext = true;
                String text = block.toString().replaceFirst("\\s*::$", stripped.equals("::") ? "" : ":");
                block.setLength(0);
                block.append(text);
            }
        }
        ProseBlocks.flush(block, blocks);
        return String.join("\n\n", blocks);
    }

    /** Whether a line is a section title: text followed by an adornment at least as long (or three long). */
    private static boolean underlines(String title, String next) {
        String t = title.strip();
        return !t.isEmpty() && indent(title) == 0 && !ADORNMENT.matcher(t).matches()
                && ADORNMENT.matcher(next.strip()).matches() && indent(next) == 0
                && (next.strip().length() >= Math.min(t.length(), 3));
    }

    /** The indent of the last non-blank line before a line, the paragraph that ended in "::". */
    private static int indentBefore(String[] lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines[j].isBlank()) {
                return indent(lines[j]);
            }
        }
        return 0;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    private static String inline(String text) {
        String plain = FOOTNOTE_REFERENCE.matcher(text).replaceAll("");
        plain = ROLE.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = LINK.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = LITERAL.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = STRONG.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = EMPHASIS.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = INTERPRETED.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = WORD_LINK.matcher(plain).replaceAll("$1");
        plain = SUBSTITUTION.matcher(plain).replaceAll("$1");
        return plain.replace("\\", "").replaceAll("\\s{2,}", " ");
    }
}
