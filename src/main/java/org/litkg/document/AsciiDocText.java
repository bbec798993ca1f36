package org.litkg.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AsciiDoc document ({@code .adoc}: a project's README, a book chapter, documentation written for Asciidoctor)
 * reduced to its prose, one block a paragraph, section title or list item. The header's author line stays, without
 * e-mail addresses, since it names people; its revision line and attribute entries go, though an attribute's value
 * stands in for its reference ({@code {name}}). Admonition labels ({@code NOTE:}), block titles' dots, list markers,
 * inline formatting, anchors and cross-reference targets go; a link keeps its text. Listing, literal, passthrough and
 * comment blocks, comment lines, images and includes go; example, sidebar, quote and open blocks are prose and stay; a
 * table row reads as its cells. A "References" or bibliography section goes, as a reference list states nothing of
 * its own ({@link MarkdownText} reads one so). The title is the document title ({@code = Title}).
 */
final class AsciiDocText {

    private static final Pattern SECTION = Pattern.compile("^(={1,6}|#{1,6})\\s+(.+?)\\s*(\\1)?$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?[\\w-]+!?):\\s*(.*)$");
    private static final Pattern AUTHOR_LINE = Pattern.compile("^[\\p{L}][\\p{L}.'\\- ]+(<[^>]+>)?(\\s*;\\s*[\\p{L}][\\p{L}"
            + ".'\\- ]+(<[^>]+>)?)*$");
    private static final Pattern REVISION_LINE = Pattern.compile("^v?\\d+(\\.\\d+)*,?\\s.*$|^v\\d+(\\.\\d+)*$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[[^\\]]*]$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s].*)$");
    /** A delimited block's fence: its kind is its character, its extent the same line again. */
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|\\+{4,}|={4,}|\\*{4,}|_{4,}|--|\\|={3,})$");
    private static final Pattern ADMONITION = Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\*{1,5}|-|\\.{1,5}|\\d+\\.)\\s+(\\[[ xX*]]\\s+)?(.*)$");
    private static final Pattern DESCRIPTION = Pattern.compile("^(.+?)(:{2,4}|;;)(\\s+(.*))?$");
    private static final Pattern BLOCK_MACRO = Pattern.compile("^(image|include|video|audio|toc)::.*$");
    private static final Pattern LINK = Pattern.compile("(?:link:|mailto:|(?=https?://))\\S+?\\[([^\\]]*)]");
    private static final Pattern XREF = Pattern.compile("<<[^,>]+(?:,\\s*([^>]+))?>>|xref:\\S+?\\[([^\\]]*)]");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[\\[?[^\\]]*]]]?|anchor:\\S+?\\[[^\\]]*]");
    private static final Pattern FOOTNOTE = Pattern.compile("footnote:[\\w-]*\\[[^\\]]*]");
    private static final Pattern INLINE_MACRO = Pattern.compile("\\b(?:kbd|btn|menu|pass|stem|latexmath|asciimath)"
            + ":\\S*?\\[([^\\]]*)]");
    /** Unconstrained pairs ("**", "__", "##") anywhere; single marks only around words; sub- and superscripts unspaced. */
    private static final Pattern FORMATTING = Pattern.compile("(\\*\\*|__|##|``)(?=\\S)(.+?)(?<=\\S)\\1"
            + "|(?<![\\w*_#`])([*_#`])(?=\\S)(.+?)(?<=\\S)\\3(?![\\w*_#`])|([\\^~])(\\S+?)\\5");
    private static final Pattern ROLE = Pattern.compile("\\[[.#][\\w.#-]+](?=[*_#`])");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w-]+)}");

    private AsciiDocText() {
    }

    /** The document title, "= Title" on the first line that is not a comment or attribute. */
    static String title(String adoc) {
        for (String line : adoc.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("//") || ATTRIBUTE.matcher(stripped).matches()) {
                continue;
            }
            Matcher section = SECTION.matcher(stripped);
            return section.matches() && section.group(1).length() == 1 ? inline(section.group(2), Map.of()) : null;
        }
        return null;
    }

    /** The document's prose, blocks separated by blank lines. */
    static String text(String adoc) {
        String[] lines = adoc.split("\\R", -1);
        Map<String, String> attributes = new HashMap<>();
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        String skipUntil = null; // the fence that closes a block whose lines are not prose
        boolean inHeader = false;
        boolean references = false;
        boolean verbatimNext = false; // "[source,python]" before a paragraph or block: code
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (skipUntil != null) {
                if (stripped.equals(skipUntil)) {
                    skipUntil = null;
                }
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(stripped);
            Matcher section = SECTION.matcher(stripped);
            Matcher delimiter = DELIMITER.matcher(stripped);
            if (stripped.isEmpty()) {
                ProseBlocks.flush(block, blocks);
                inHeader = false;
                verbatimNext = false;
            } else if (stripped.startsWith("//") && !stripped.startsWith("////")) {
                continue; // a comment line
            } else if (attribute.matches()) {
                attributes.put(attribute.group(1), attribute.group(2).strip());
            } else if (section.matches() && block.isEmpty()) {
                references = ProseBlocks.REFERENCE_HEADING.matcher(inline(section.group(2), attributes)).matches();
                inHeader = section.group(1).length() == 1 && blocks.isEmpty();
                if (!references) {
                    blocks.add(inline(section.group(2), attributes));
                }
            } else if (inHeader && (REVISION_LINE.matcher(stripped).matches())) {
                continue;
            } else if (inHeader && AUTHOR_LINE.matcher(stripped).matches()) {
                blocks.add(stripped.replaceAll("\\s*<[^>]+>", "").replaceAll("\\s*;\\s*", "; "));
            } else if (delimiter.matches()) {
                ProseBlocks.flush(block, blocks);
                String fence = delimiter.group(1);
                if (verbatimNext || fence.startsWith("-") && fence.length() > 2 || fence.startsWith(".")
                        || fence.startsWith("/") || fence.startsWith("+")) {
                    skipUntil = fence;
                }
                verbatimNext = false;
            } else if (references || BLOCK_MACRO.matcher(stripped).matches()) {
                continue;
            } else if (BLOCK_ATTRIBUTES.matcher(stripped).matches()) {
                ProseBlocks.flush(block, blocks);
                verbatimNext = stripped.matches("\\[(source|listing|literal)?(,.*)?]") && !stripped.equals("[]");
            } else if (verbatimNext) {
                continue; // a paragraph styled as source or listing
            } else if (BLOCK_TITLE.matcher(stripped).matches() && block.isEmpty()) {
                blocks.add(inline(stripped.substring(1), attributes));
            } else {
                line(stripped, block, blocks, attributes);
            }
        }
        ProseBlocks.flush(block, blocks);
        return String.join("\n\n", blocks);
    }

    /** A line of prose: a list item or admonition opens a block of its own, a table row is its cells. */
    private static void line(String stripped, StringBuilder block, List<String> blocks, Map<String, String> attributes) {
        Matcher admonition = ADMONITION.matcher(stripped);
        Matcher item = LIST_ITEM.matcher(stripped);
        Matcher description = DESCRIPTION.matcher(stripped);
        if (stripped.equals("+")) {
            return; // a list continuation: the next paragraph belongs to the item
        }
        String prose = stripped.endsWith(" +") ? stripped.substring(0, stripped.length() - 2) : stripped;
        if (admonition.matches()) {
            ProseBlocks.flush(block, blocks);
            block.append(inline(admonition.group(2), attributes));
        } else if (item.matches()) {
            ProseBlocks.flush(block, blocks);
            block.append(inline(item.group(3), attributes));
        } else if (block.isEmpty() && description.matches() && !description.group(1).contains("://")) {
            block.append(inline(description.group(1), attributes)).append(description.group(4) == null ? ""
                    : ": " + inline(description.group(4), attributes));
        } else if (prose.startsWith("|")) {
            ProseBlocks.flush(block, blocks);
            block.append(MarkdownText.tableRow(inline(prose, attributes)));
            ProseBlocks.flush(block, blocks);
        } else {
            block.append(block.isEmpty() ? "" : " ").append(inline(prose, attributes));
        }
    }

    private static String inline(String text, Map<String, String> attributes) {
        String plain = ATTRIBUTE_REFERENCE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                attributes.getOrDefault(m.group(1), m.group())));
        plain = FOOTNOTE.matcher(plain).replaceAll("");
        plain = ANCHOR.matcher(plain).replaceAll("");
        plain = XREF.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1)
                : m.group(2) != null ? m.group(2) : ""));
        plain = LINK.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = INLINE_MACRO.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = ROLE.matcher(plain).replaceAll("");
        for (int pass = 0; pass < 2; pass++) { // "*_bold italic_*"
            plain = FORMATTING.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2)
                    : m.group(4) != null ? m.group(4) : m.group(6)));
        }
        return plain.replaceAll("\\s{2,}", " ").strip();
    }
}
