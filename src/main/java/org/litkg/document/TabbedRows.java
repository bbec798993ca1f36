package org.litkg.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two-column rows a tab divides, as a flash-card deck or a glossary exports them ("vicriviroc&lt;TAB&gt;CCR5
 * antagonist; blocks HIV entry into T cells"): each row is spelt out as a glossary line, "vicriviroc: CCR5
 * antagonist; blocks HIV entry into T cells.", whose colon reads as "is" (GlossaryColons). Without this the rows,
 * which end with no stop, would run together as one sentence or not be read at all.
 */
final class TabbedRows {

    /** A row: a short first cell, a tab, and a second cell with words in it. */
    private static final Pattern ROW = Pattern.compile("^([^\\t#][^\\t]{0,39}?)\\t+([^\\t]*\\S[^\\t]*)$");
    /** Rows enough to be a deck or a table, not a stray tab. */
    private static final int MIN_ROWS = 2;
    /** A row with two tabs between words or more: three cells. */
    private static final Pattern WIDE_ROW = Pattern.compile("\\S[^\\t]*\\t+[^\\t]*\\S[^\\t]*\\t+\\s*\\S");
    private static final Pattern CELL_BREAK = Pattern.compile("\\s*\\t+\\s*");

    private TabbedRows() {
    }

    static String spellOut(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        String[] lines = barWideRows(text.split("\n", -1));
        long rows = java.util.Arrays.stream(lines).filter(l -> ROW.matcher(l).matches()).count();
        if (rows < MIN_ROWS) {
            return String.join("\n", lines);
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher row = ROW.matcher(lines[i]);
            if (row.matches()) {
                String back = row.group(2).strip();
                lines[i] = row.group(1).strip() + ": " + FullStops.close(back);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Rows of three cells or more, as a spreadsheet pastes a table ("Compound&lt;TAB&gt;Target&lt;TAB&gt;Supplier"),
     * given bars between their cells, so that they are read as the table they are (PipeTables).
     */
    private static String[] barWideRows(String[] lines) {
        long wide = java.util.Arrays.stream(lines).filter(l -> WIDE_ROW.matcher(l).find()).count();
        if (wide <= MIN_ROWS) {
            return lines;
        }
        String[] barred = lines.clone();
        for (int i = 0; i < barred.length; i++) {
            if (WIDE_ROW.matcher(barred[i]).find()) {
                barred[i] = CELL_BREAK.matcher(barred[i].strip()).replaceAll(" | ");
            }
        }
        return barred;
    }
}
