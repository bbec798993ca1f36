package org.litkg.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A reference list kept in an OpenDocument spreadsheet ({@code .ods}, as LibreOffice Calc saves one: a zip whose
 * {@code content.xml} holds the sheets), read as an Excel workbook's is ({@link SpreadsheetRecords}): each sheet a
 * table whose first row names the columns. A cell's paragraphs are its lines; its spans, spaces ({@code text:s}),
 * tabs and line breaks are its text. Calc writes runs of equal cells once with a repeat count, and pads every row to
 * the sheet's last column and the sheet to its last row with such runs; empty runs at a row's end or a sheet's end
 * are no cells.
 */
final class OpenDocumentSheets {

    private static final String CONTENT = "content.xml";
    /** Calc's sheets are 1,048,576 rows by 16,384 columns; a repeat beyond what a list of works holds is padding. */
    private static final int MAX_REPEAT = 10_000;

    private OpenDocumentSheets() {
    }

    /** The spreadsheet's works as RIS records. Throws IllegalArgumentException where the bytes are no such sheet. */
    static SourceFormat.Reduced reduce(byte[] ods) {
        ZipPackage zip = ZipPackage.read(ods, "an OpenDocument spreadsheet", n -> n.equals(CONTENT));
        byte[] content = zip.required(CONTENT, " (an .xls from Excel 97-2003 must be saved as .ods, .xlsx or .csv first)");
        try {
            return SpreadsheetRecords.records(sheets(ZipPackage.xml(content)));
        } catch (XMLStreamException e) {
            throw zip.malformed(CONTENT, e);
        }
    }

    /** Each sheet's rows by its name, in the document's order; rows of empty cells left out. */
    private static Map<String, List<List<String>>> sheets(XMLStreamReader r) throws XMLStreamException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int rowRepeat = 1;
        int cellRepeat = 1;
        int pendingEmpty = 0; // empty cells not yet known to lie before a cell with text
        boolean inCell = false;
        boolean paragraphSeen = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "table" -> {
                        rows = new ArrayList<>();
                        sheets.put(String.valueOf(ZipPackage.attribute(r, "name")), rows);
                    }
                    case "table-row" -> {
                        row = new ArrayList<>();
                        pendingEmpty = 0;
                        rowRepeat = repeat(ZipPackage.attribute(r, "number-rows-repeated"));
                    }
                    case "table-cell", "covered-table-cell" -> {
                        cell.setLength(0);
                        inCell = true;
                        paragraphSeen = false;
                        cellRepeat = repeat(ZipPackage.attribute(r, "number-columns-repeated"));
                    }
                    case "p" -> {
                        if (inCell && paragraphSeen) {
                            cell.append('\n');
                        }
                        paragraphSeen = true;
                    }
                    case "s" -> cell.append(" ".repeat(OpenDocumentText.count(ZipPackage.attribute(r, "c"))));
                    case "tab" -> cell.append('\t');
                    case "line-break" -> cell.append('\n');
                    case "annotation" -> skip(r); // a comment pinned to the cell, not its value
                    default -> { }
                }
            } else if (event == XMLStreamReader.CHARACTERS && inCell) {
                cell.append(r.getText());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "table-cell", "covered-table-cell" -> {
                        inCell = false;
                        String text = cell.toString().strip();
                        if (text.isEmpty()) {
                            pendingEmpty += cellRepeat;
                        } else {
                            row.addAll(Collections.nCopies(Math.min(pendingEmpty, MAX_REPEAT), ""));
                            row.addAll(Collections.nCopies(Math.min(cellRepeat, MAX_REPEAT), text));
                            pendingEmpty = 0;
                        }
                    }
                    case "table-row" -> {
                        if (!row.isEmpty()) {
                            for (int i = 0; i < Math.min(rowRepeat, MAX_REPEAT); i++) {
                                rows.add(row);
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        return sheets;
    }

    /** A repeat count attribute's value: 1 where it is missing or no number. */
    private static int repeat(String value) {
        return value != null && value.matches("\\d{1,9}") ? Integer.parseInt(value) : 1;
    }

    /** Reads past the element just started, whatever it holds. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            depth += event == XMLStreamReader.START_ELEMENT ? 1 : event == XMLStreamReader.END_ELEMENT ? -1 : 0;
        }
    }
}
