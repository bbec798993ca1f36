package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A news ticker's crawl, or a bulletin's strap, run together on one line with a mark between items: "BREAKING *** FDA
 * APPROVES MAVORIXAFOR, A CXCR4 BLOCKER, FOR WHIM SYNDROME *** OIL PRICES DIP ***". Each item is a headline of its
 * own, so each is put on its own line and closed with a full stop, the crawl's lines joined first where it was
 * wrapped; read as they stand, the items run together into one sentence, which page layout leaves out as a heading.
 */
final class TickerItems {

    /** A mark between items: three stars, bullets, pluses or hashes, or a run of bullets, spaced. */
    private static final String MARKS = "(\\*{3}|•{1,3}|\\+{3}|#{3}|·{3}|◆|■)";
    private static final Pattern SEPARATOR = Pattern.compile("\\s+" + MARKS + "(\\s+|$)");
    /** A mark the crawl opens with: "*** BREAKING ***". */
    private static final Pattern LEADING_MARK = Pattern.compile("^" + MARKS + "\\s+");
    /** Marks enough on one line to be a crawl, not a line with one emphasis mark. */
    private static final int MIN_SEPARATORS = 2;
    /** A mark opening lines: a bulleted list, whose items are lines of their own already. */
    private static final Pattern LIST_MARK = Pattern.compile("(?m)^[ \\t]*" + MARKS + "\\s");

    private TickerItems() {
    }

    static String spellOut(String text) {
        if (!SEPARATOR.matcher(text).find()) {
            return text;
        }
        List<String> out = new ArrayList<>();
        for (String block : text.split("\n(?=[ \t]*\n)", -1)) { // a crawl wrapped over lines is read as one
            String joined = block.strip().replaceAll("\\s*\n\\s*", " ");
            boolean list = LIST_MARK.matcher(block).results().count() >= MIN_SEPARATORS;
            if (SEPARATOR.matcher(joined).results().count() < MIN_SEPARATORS || list) {
                out.add(block);
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String item : SEPARATOR.split(LEADING_MARK.matcher(joined).replaceFirst(""))) {
                String said = item.strip();
                if (!said.isEmpty()) {
                    items.add(FullStops.close(said));
                }
            }
            out.add((block.startsWith("\n") ? "\n" : "") + String.join("\n", items));
        }
        return String.join("\n", out);
    }
}
