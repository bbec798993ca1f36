package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emacs Org-mode notes ({@code .org}) reduced to their prose, one block a paragraph, heading or list item. A heading
 * keeps its words, not its stars, TODO keyword, priority, progress cookie or tags; a link keeps its description;
 * emphasis markers go. What is for Emacs rather than the reader goes too: in-buffer settings ({@code #+STARTUP:}),
 * property and log drawers, planning lines ({@code CLOSED: [...]}), timestamps, comments and source blocks. A quote
 * block's lines are prose and stay. The title is {@code #+TITLE:}'s.
 */
final class OrgText {

    private static final Pattern SETTING = Pattern.compile("^\\s*#\\+(\\w+):?\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(\\*+)\\s+(.*)$");
    private static final Pattern KEYWORD = Pattern.compile("^(TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)\\s+");
    private static final Pattern PRIORITY = Pattern.compile("^\\[#[A-Z0-9]]\\s*");
    private static final Pattern TAGS = Pattern.compile("\\s+:[\\w@#%:]+:\\s*$");
    private static final Pattern COOKIE = Pattern.compile("\\s*\\[(\\d*/\\d*|\\d*%)]");
    private static final Pattern DRAWER = Pattern.compile("^\\s*:[\\w-]+:\\s*$");
    private static final Pattern DRAWER_END = Pattern.compile("(?i)^\\s*:END:\\s*$");
    private static final Pattern PLANNING = Pattern.compile("^\\s*(CLOSED|SCHEDULED|DEADLINE):");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-+]|\\d+[.)]|(?<=\\s)\\*)\\s+(\\[[ Xx-]]\\s+)?(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|[-+|]+\\|?\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^]]+)](?:\\[([^]]+)])?]");
    private static final Pattern TIMESTAMP = Pattern.compile("[<\\[]\\d{4}-\\d{2}-\\d{2}[^>\\]]*[>\\]]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[fn:[^]]*]");
    /** "*bold*", "/italic/", "_underlined_", "=verbatim=", "~code~", "+struck+", between spaces or punctuation. */
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<=^|[\\s(\"'{])([*/_=~+])(?=\\S)(.*?\\S)\\1(?=$|[\\s\\-.,:;!?'\")}\\]])");

    private OrgText() {
    }

    /** The notes' {@code #+TITLE:}, if they have one. */
    static String title(String org) {
        for (String line : org.split("\\R")) {
            Matcher setting = SETTING.matcher(line);
            if (setting.matches() && setting.group(1).equalsIgnoreCase("title") && !setting.group(2).isBlank()) {
                return inline(setting.group(2)).strip();
            }
        }
        return null;
    }

    /** The notes' prose, blocks separated by blank lines. */
    static String text(String org) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        String skipUntil = null; // the line that ends a drawer or a block whose lines are not prose
        for (String line : org.split("\\R", -1)) {
            if (skipUntil != null) {
                if (skipUntil.equals(":END:") ? DRAWER_END.matcher(line).matches()
                        : line.strip().toLowerCase(Locale.ROOT).startsWith(skipUntil)) {
                    skipUntil = null;
                }
                continue;
            }
            Matcher setting = SETTING.matcher(line);
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            String stripped = line.strip();
            if (setting.matches() || stripped.equals("#") || stripped.startsWith("# ") || stripped.isEmpty()
                    || PLANNING.matcher(line).find() || TABLE_RULE.matcher(line).matches()) {
                String name = setting.matches() ? setting.group(1).toLowerCase(Locale.ROOT) : "";
                if (name.startsWith("begin_") && !List.of("begin_quote", "begin_verse", "begin_center").contains(name)) {
                    skipUntil = "#+end_" + name.substring("begin_".length());
                }
                ProseBlocks.flush(block, blocks);
            } else if (DRAWER.matcher(line).matches()) { // a stray ":END:" closes nothing and is dropped
                ProseBlocks.flush(block, blocks);
                skipUntil = DRAWER_END.matcher(line).matches() ? null : ":END:";
            } else if (heading.matches()) {
                ProseBlocks.flush(block, blocks);
                block.append(headingText(heading.group(2)));
                ProseBlocks.flush(block, blocks);
            } else if (item.matches()) {
                ProseBlocks.flush(block, blocks);
                block.append(inline(item.group(4)));
            } else if (stripped.startsWith("|")) {
                ProseBlocks.flush(block, blocks);
                block.append(MarkdownText.tableRow(inline(stripped)));
                ProseBlocks.flush(block, blocks);
            } else {
                block.append(block.isEmpty() ? "" : " ").append(inline(stripped));
            }
        }
        ProseBlocks.flush(block, blocks);
        return String.join("\n\n", blocks);
    }

    /** A heading's words: "TODO [#A] Why did they fail? [2/3]   :discussion:" is "Why did they fail?". */
    private static String headingText(String heading) {
        String words = KEYWORD.matcher(heading).replaceFirst("");
        words = PRIORITY.matcher(words).replaceFirst("");
        words = TAGS.matcher(words).replaceFirst("");
        return inline(COOKIE.matcher(words).replaceAll(""));
    }

    private static String inline(String text) {
        String plain = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2)
                : m.group(1)));
        plain = TIMESTAMP.matcher(plain).replaceAll("");
        plain = FOOTNOTE.matcher(plain).replaceAll("");
        return EMPHASIS.matcher(plain).replaceAll("$2").replaceAll("\\s{2,}", " ");
    }
}
