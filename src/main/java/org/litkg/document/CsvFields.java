package org.litkg.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: a field in double quotes may hold the separator, doubled quotes and
 * line breaks. One reader for every table litkg takes in, a reference list exported as {@code .csv} ({@link CsvRecords})
 * and the DrugBank vocabulary alike.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /**
     * The rows of the text, each a list of its fields unquoted; a blank line is no row. Throws IllegalArgumentException
     * naming the line where a quoted field opens and never closes.
     */
    public static List<List<String>> rows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row = endRow(row, field, rows);
            } else if (c != '\r') {
                field.append(c);
            }
            line += c == '\n' ? 1 : 0;
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + quoteLine + " opens a quoted field that is never closed");
        }
        endRow(row, field, rows);
        return rows;
    }

    /** Closes the row with its last field, keeps it unless the line was blank, and gives the next row to fill. */
    private static List<String> endRow(List<String> row, StringBuilder field, List<List<String>> rows) {
        row.add(field.toString());
        field.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
        return new ArrayList<>();
    }
}
