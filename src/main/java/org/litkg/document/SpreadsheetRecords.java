package org.litkg.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A reference list kept in an Excel workbook ({@code .xlsx}): a review team's screening sheet, a database export
 * opened and saved in Excel. Each sheet, in the workbook's order, is a table read as a CSV file's is
 * ({@link CsvRecords}): its first row names the columns, each further row is a work. Sheets without a title or abstract
 * column (a codebook, a tally) are no reference list and are passed over; a workbook with no such sheet is an error
 * naming each sheet's header. Cells hold their text in the workbook's shared strings (rich text in runs), inline, or
 * as numbers. {@link OpenDocumentSheets} reads LibreOffice's spreadsheets into the same reading.
 */
final class SpreadsheetRecords {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private record Sheet(String name, String relationship) {
    }

    private SpreadsheetRecords() {
    }

    /** The workbook's works as RIS records. Throws IllegalArgumentException where the bytes are no such workbook. */
    static SourceFormat.Reduced reduce(byte[] xlsx) {
        // only the parts read: not styles, themes, drawings or pivot caches, which may weigh far more than the cells
        ZipPackage zip = ZipPackage.read(xlsx, "an Excel workbook", n -> n.equals(WORKBOOK) || n.equals(RELATIONSHIPS)
                || n.equals(SHARED_STRINGS) || n.startsWith("xl/worksheets/") && n.endsWith(".xml"));
        zip.required(WORKBOOK, " (an .xls from Excel 97-2003 must be saved as .xlsx or .csv first)");
        Map<String, String> targets = new HashMap<>();
        zip.elements(RELATIONSHIPS, "Relationship", r -> targets.put(ZipPackage.attribute(r, "Id"),
                ZipPackage.attribute(r, "Target")));
        List<Sheet> sheets = zip.elements(WORKBOOK, "sheet", r -> new Sheet(ZipPackage.attribute(r, "name"),
                ZipPackage.attribute(r, "id")));
        List<String> shared = sharedStrings(zip);
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        for (Sheet sheet : sheets) {
            String part = ZipPackage.resolve("xl", String.valueOf(targets.get(sheet.relationship())));
            tables.put(sheet.name(), rows(zip, part, shared));
        }
        return records(tables);
    }

    /**
     * The works of a workbook's sheets, each sheet's rows in order, as RIS records; sheets that are no reference list
     * are passed over. Throws IllegalArgumentException naming each sheet's header where no sheet is one.
     */
    static SourceFormat.Reduced records(Map<String, List<List<String>>> sheets) {
        StringBuilder ris = new StringBuilder();
        List<String> headers = new ArrayList<>();
        sheets.forEach((name, rows) -> {
            if (!rows.isEmpty()) {
                CsvRecords.ris(rows).ifPresentOrElse(ris::append,
                        () -> headers.add("'" + name + "': " + String.join(", ", rows.get(0))));
            }
        });
        if (ris.isEmpty()) {
            throw new IllegalArgumentException("a workbook is read as a reference list (one work a row), which needs a "
                    + "sheet with a 'title' or 'abstract' column; " + (headers.isEmpty() ? "its sheets are empty"
                    : "its sheets' headers are " + String.join("; ", headers)));
        }
        return new SourceFormat.Reduced(null, ris.toString());
    }

    /** The strings cells point to by number: each {@code si}'s text runs joined, phonetic guides left out. */
    private static List<String> sharedStrings(ZipPackage zip) {
        List<String> strings = new ArrayList<>();
        byte[] part = zip.part(SHARED_STRINGS).orElse(null);
        if (part == null) {
            return strings;
        }
        try {
            XMLStreamReader r = ZipPackage.xml(part);
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            int phonetic = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> inText = phonetic == 0;
                        default -> { }
                    }
                } else if (event == XMLStreamReader.CHARACTERS && inText) {
                    text.append(r.getText());
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> strings.add(text.toString());
                        case "rPh" -> phonetic--;
                        case "t" -> inText = false;
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed(SHARED_STRINGS, e);
        }
        return strings;
    }

    /** A sheet's rows, each cell at the column its reference ("C7") names, gaps left empty. */
    private static List<List<String>> rows(ZipPackage zip, String part, List<String> shared) {
        List<List<String>> rows = new ArrayList<>();
        byte[] sheet = zip.part(part).orElseThrow(() -> new IllegalArgumentException("not an Excel workbook: the "
                + "workbook lists a sheet at " + part + ", which the file does not hold"));
        try {
            XMLStreamReader r = ZipPackage.xml(sheet);
            List<String> row = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            String type = "";
            int column = 0;
            boolean inValue = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "row" -> row = new ArrayList<>();
                        case "c" -> {
                            type = String.valueOf(ZipPackage.attribute(r, "t"));
                            column = column(ZipPackage.attribute(r, "r"), row.size());
                            value.setLength(0);
                        }
                        case "v", "t" -> inValue = true;
                        default -> { }
                    }
                } else if (event == XMLStreamReader.CHARACTERS && inValue) {
                    value.append(r.getText());
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            while (row.size() < column) {
                                row.add("");
                            }
                            row.add(cell(type, value.toString(), shared));
                        }
                        case "row" -> rows.add(row);
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed(part, e);
        }
        rows.removeIf(row -> row.stream().allMatch(String::isBlank));
        return rows;
    }

    /** A cell's text by its type: a shared string's number, a Boolean, an error (no text), or the value itself. */
    private static String cell(String type, String value, List<String> shared) {
        return switch (type) {
            case "s" -> {
                int index = value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
                yield index >= 0 && index < shared.size() ? shared.get(index) : "";
            }
            case "b" -> value.strip().equals("1") ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> value;
        };
    }

    /** The column a reference's letters name ("A1" is 0, "AB3" is 27); the next free column where it names none. */
    private static int column(String reference, int next) {
        if (reference == null || !reference.matches("[A-Z]+\\d+")) {
            return next;
        }
        int column = 0;
        for (char c : reference.replaceAll("\\d", "").toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
