package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A page in MediaWiki markup ({@code .wiki}: a lab's or a project's wiki page, a Wikipedia article's source) reduced to
 * its prose, one block a paragraph, heading or list item. Templates go whole, an infobox and a citation among them,
 * since their fields are data, not sentences; so do footnotes ({@code <ref>}), comments, categories, files, magic words
 * and code, maths and galleries. A link reads as its text ("[[ENTPD1|CD39]]" as "CD39", "[[regulatory T cell]]s" as
 * "regulatory T cells"), an external link as its label, bold and italic quotes go, and a table row reads as its
 * cells. A "References", "See also", "External links" or "Further reading" section goes, as it states nothing of its
 * own. The title is the lead's first bold words, as a wiki article opens by naming its subject.
 */
final class MediaWikiText {

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
    private static final Pattern REF = Pattern.compile("(?is)<ref\\b[^>]*/>|<ref\\b[^>]*>.*?</ref\\s*>");
    /** Elements whose content is no prose: code, maths, music, galleries, a page's own reference list. */
    private static final Pattern NON_PROSE = Pattern.compile("(?is)<(math|pre|syntaxhighlight|source|code|score|gallery"
            + "|chem|timeline|graph|references)\\b[^>]*>.*?</\\1\\s*>|<references\\b[^>]*/>");
    private static final Pattern TAG = Pattern.compile("(?i)</?[a-z][a-z0-9]*\\b[^>]*>");
    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]+__");
    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.+?)\\s*\\1\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[*#:;]+\\s*(.*)$");
    /** A file, an image, a category or a link to the same page in another language: nothing to read. */
    private static final Pattern MEDIA_LINK = Pattern.compile("(?i)\\[\\[\\s*:?\\s*"
            + "(file|image|media|category|[a-z]{2,3}(-[a-z]+)?)\\s*:[^\\[\\]]*(\\[\\[[^\\]]*]][^\\[\\]]*)*]]");
    /** "[[target|text]]" or "[[target]]", and the letters that follow it into one word: "[[T cell]]s". */
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|]*)(?:\\|([^\\[\\]]*))?]](\\p{Ll}*)");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?:|ftp:|mailto:|//)\\S*(?:\\s+([^\\]]*))?]");
    private static final Pattern EMPHASIS = Pattern.compile("'{2,5}");
    private static final Pattern BOLD = Pattern.compile("'''(.+?)'''");
    private static final Set<String> SECTIONS_WITHOUT_PROSE = Set.of("see also", "external links", "further reading");

    private MediaWikiText() {
    }

    /** The page's title and prose, the markup that is never prose dropped once for both. */
    static SourceFormat.Reduced reduce(String wiki) {
        String prepared = prepared(wiki);
        return new SourceFormat.Reduced(title(prepared), text(prepared));
    }

    /** The lead's first bold words ("'''TTX-030''' is ..."), or null where the page has none before a heading. */
    private static String title(String prepared) {
        for (String line : prepared.split("\\R")) {
            if (HEADING.matcher(line.strip()).matches()) {
                return null;
            }
            Matcher bold = BOLD.matcher(line);
            if (bold.find()) {
                String title = inline(bold.group(1)).strip();
                return title.isEmpty() ? null : title;
            }
        }
        return null;
    }

    /** The page's prose, blocks separated by blank lines. */
    private static String text(String prepared) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean skipped = false; // in a section that states nothing of its own
        for (String line : prepared.split("\\R", -1)) {
            String stripped = line.strip();
            Matcher heading = HEADING.matcher(stripped);
            Matcher item = LIST_ITEM.matcher(stripped);
            if (heading.matches()) {
                ProseBlocks.flush(block, blocks);
                String title = inline(heading.group(2)).strip();
                skipped = ProseBlocks.REFERENCE_HEADING.matcher(title).matches()
                        || SECTIONS_WITHOUT_PROSE.contains(title.toLowerCase(Locale.ROOT));
                if (!skipped) {
                    blocks.add(title);
                }
            } else if (skipped) {
                continue;
            } else if (stripped.isEmpty() || stripped.matches("-{4,}") || stripped.startsWith("{|") || stripped.equals("|}")
                    || stripped.startsWith("|+") || stripped.startsWith("|-")) {
                ProseBlocks.flush(block, blocks); // a paragraph's end, a rule, or a table's opening, caption, row or end
            } else if (stripped.startsWith("|") || stripped.startsWith("!")) {
                ProseBlocks.flush(block, blocks);
                block.append(MarkdownText.tableRow(inline(stripped.substring(1).replace("!!", "||").replace("||", "|"))));
                ProseBlocks.flush(block, blocks);
            } else if (item.matches()) {
                ProseBlocks.flush(block, blocks);
                block.append(inline(item.group(1)));
                ProseBlocks.flush(block, blocks);
            } else {
                block.append(block.isEmpty() ? "" : " ").append(inline(stripped));
            }
        }
        ProseBlocks.flush(block, blocks);
        return String.join("\n\n", blocks.stream().filter(b -> !b.isBlank()).toList());
    }

    /** The page without what is never prose, wherever it stands: comments, footnotes, templates, code, magic words. */
    private static String prepared(String wiki) {
        String out = COMMENT.matcher(wiki).replaceAll("");
        out = REF.matcher(out).replaceAll("");
        out = withoutTemplates(out);
        out = NON_PROSE.matcher(out).replaceAll("");
        return MAGIC_WORD.matcher(out).replaceAll("");
    }

    /** The text without its templates ("{{Infobox drug ...}}", "{{cite journal ...}}"), which may nest. */
    private static String withoutTemplates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (depth > 0 && text.startsWith("}}", i)) {
                depth--;
                i++;
            } else if (depth == 0) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** A line's text: links as their words, external links as their labels, no emphasis quotes or tags. */
    private static String inline(String text) {
        String plain = MEDIA_LINK.matcher(text).replaceAll("");
        plain = LINK.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(
                (m.group(2) != null ? m.group(2) : m.group(1).replaceFirst("#.*", "")) + m.group(3)));
        plain = EXTERNAL_LINK.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        plain = EMPHASIS.matcher(plain).replaceAll("");
        plain = TAG.matcher(plain).replaceAll("");
        return Parser.unescapeEntities(plain, false).replaceAll("\\s+", " ");
    }
}
