package org.litkg.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference list exported as a table ({@code .csv}): a screening tool's export (Rayyan, Covidence), a
 * reference manager's (Zotero), a database's (Scopus, PubMed). Its columns say what each field is, as an RIS export's
 * tags do, so each row is written as the RIS record it amounts to ({@link TaggedRecords} reads it from there): title,
 * authors, affiliations, journal, year and abstract. Other columns (reviewers' decisions, keys, ISSNs) are not the
 * work's text and go. Quoted fields may hold commas, doubled quotes and line breaks ({@link CsvFields}); a spreadsheet saved in a
 * locale whose decimal mark is a comma separates fields with semicolons, and a tab-separated export with tabs.
 */
final class CsvRecords {

    /** Each RIS tag and the column names (letters only, lower case) that mean it, the likeliest first. */
    private static final Map<String, List<String>> COLUMNS = columns();
    private static final Pattern AUTHOR_WITH_INITIALS = Pattern.compile("\\p{Lu}[\\p{L}'’ -]+ \\p{Lu}{1,3}");

    private CsvRecords() {
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("TI", List.of("title", "articletitle", "documenttitle", "headline"));
        columns.put("AU", List.of("authorfullnames", "authors", "author", "au"));
        columns.put("AD", List.of("affiliations", "affiliation", "addresses"));
        columns.put("JO", List.of("journal", "sourcetitle", "publicationtitle", "journalbook", "journaltitle", "source"));
        columns.put("PY", List.of("year", "publicationyear", "pubyear", "date", "publicationdate"));
        columns.put("AB", List.of("abstract", "abstractnote", "summary"));
        columns.put("DO", List.of("doi"));
        return columns;
    }

    /**
     * The rows as RIS records. Throws IllegalArgumentException, saying what is missing and where, for a table that is
     * no reference list or whose quotes do not close.
     */
    static String text(String csv) {
        List<List<String>> rows = rows(csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the CSV file is empty");
        }
        return ris(rows).orElseThrow(() -> new IllegalArgumentException("a CSV file is read as a reference list (one "
                + "work a row), which needs a 'title' or 'abstract' column; the header has: "
                + String.join(", ", rows.get(0))));
    }

    /**
     * A table's rows (the first its header) as RIS records, or nothing where no column holds a title or an abstract:
     * a CSV file's, or a spreadsheet's sheet's ({@link SpreadsheetRecords}).
     */
    static Optional<String> ris(List<List<String>> rows) {
        List<String> header = rows.get(0).stream().map(CsvRecords::key).toList();
        Map<String, Integer> where = new LinkedHashMap<>();
        COLUMNS.forEach((tag, names) -> names.stream().filter(header::contains).findFirst()
                .ifPresent(name -> where.put(tag, header.indexOf(name))));
        if (!where.containsKey("TI") && !where.containsKey("AB")) {
            return Optional.empty();
        }
        StringBuilder ris = new StringBuilder();
        for (List<String> row : rows.subList(1, rows.size())) {
            StringBuilder record = new StringBuilder();
            where.forEach((tag, column) -> field(row, column).ifPresent(value -> values(tag, value)
                    .forEach(v -> record.append(tag).append("  - ").append(v).append('\n'))));
            if (!record.isEmpty()) {
                ris.append("TY  - JOUR\n").append(record).append("ER  - \n\n");
            }
        }
        return Optional.of(ris.toString());
    }

    private static String key(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Optional<String> field(List<String> row, int column) {
        return column < row.size() && !row.get(column).isBlank()
                ? Optional.of(row.get(column).replaceAll("\\s+", " ").strip()) : Optional.empty();
    }

    /**
     * A field's values as the RIS lines they are: one author a line ("A and B", "A; B", or PubMed's "Smith J, Jones
     * K"), one affiliation a line ("; "), other fields whole.
     */
    private static List<String> values(String tag, String value) {
        if (tag.equals("AU")) {
            String separator = value.contains(" and ") ? " and " : value.contains(";") ? ";"
                    : List.of(value.split(",")).stream().allMatch(a -> AUTHOR_WITH_INITIALS.matcher(a.strip()).matches())
                    ? "," : null;
            return separator == null ? List.of(value) : split(value, separator);
        }
        return tag.equals("AD") ? split(value, ";") : List.of(value);
    }

    private static List<String> split(String value, String separator) {
        return List.of(value.split(Pattern.quote(separator))).stream().map(String::strip)
                .map(v -> v.replaceAll("\\s*\\(\\d+\\)$", "")) // Scopus puts an author id after the name
                .filter(v -> !v.isEmpty()).toList();
    }

    /** The table's rows, fields unquoted, separated by the header line's commonest separator outside quotes. */
    private static List<List<String>> rows(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try {
            return CsvFields.rows(text, separator(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^line (\\d+)", "line $1 of the CSV file"), e);
        }
    }

    /** The separator the header line uses most outside quotes: ',' unless ';' or a tab is commoner. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).replaceAll("\"[^\"]*\"", "");
        char best = ',';
        long bestCount = header.chars().filter(ch -> ch == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
