package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reduces a Markdown page to its text, as {@link HtmlText} does an HTML page: headings, list items, quotes and
 * paragraphs keep their words without the markup ({@code **bold**}, {@code *italic*}, {@code [link](url)},
 * {@code `code`}, footnote marks); a table row becomes "cell: cell"; code blocks, rules, footnote definitions and
 * the section under a "References" heading go, as a reference list states nothing of its own.
 */
public final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\s*\\[\\^[^\\]]+]:");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]^][^\\]]*)]\\([^)]*\\)");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]]+]");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

    private MarkdownText() {
    }

    /** The page's first level-one heading, if any. */
    public static String title(String markdown) {
        for (String line : markdown.split("\\R")) {
            var m = HEADING.matcher(line);
            if (m.matches() && m.group(1).length() == 1) {
                return inline(m.group(2)).strip();
            }
        }
        return null;
    }

    /** The page's text, one block a line, blank lines kept between paragraphs. */
    public static String text(String markdown) {
        List<String> out = new ArrayList<>();
        boolean code = false;
        boolean references = false;
        for (String line : markdown.split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                code = !code;
                continue;
            }
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                references = ProseBlocks.REFERENCE_HEADING.matcher(inline(heading.group(2)).strip()).matches();
                out.add(references ? "" : inline(heading.group(2)));
                continue;
            }
            if (TABLE_SEPARATOR.matcher(line).matches() && !code) {
                continue; // "|---|---|": the rows around it stay one block
            }
            if (code || references || RULE.matcher(line).matches() || FOOTNOTE_DEFINITION.matcher(line).find()) {
                out.add("");
                continue;
            }
            String body = QUOTE.matcher(line).replaceFirst("");
            out.add(body.strip().startsWith("|") ? tableRow(body) : inline(body));
        }
        return String.join("\n", out);
    }

    /** "| Target | IL-23 p19 |" as "Target: IL-23 p19"; a row of more cells as its cells joined by "; ". */
    static String tableRow(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("\\|")) {
            if (!cell.isBlank()) {
                cells.add(inline(cell).strip());
            }
        }
        return cells.size() == 2 ? cells.get(0) + ": " + cells.get(1) : String.join("; ", cells);
    }

    private static String inline(String text) {
        String plain = IMAGE.matcher(text).replaceAll("$1");
        plain = LINK.matcher(plain).replaceAll("$1");
        plain = FOOTNOTE_MARK.matcher(plain).replaceAll("");
        plain = CODE.matcher(plain).replaceAll("$1");
        plain = STRONG.matcher(plain).replaceAll("$2");
        plain = EMPHASIS.matcher(plain).replaceAll("$2");
        return TAG.matcher(plain).replaceAll("");
    }
}
