package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference manager's BibTeX export (Zotero, Mendeley, JabRef, Google Scholar) read as {@link MedlineRecord}s: each
 * entry's title, abstract, authors, journal and date, with LaTeX markup reduced to text ({@link LatexText}). An entry
 * says who wrote a work and where it appeared as plainly as a MEDLINE record does, so it is read the same way.
 */
final class BibTexRecords {

    private static final Pattern ENTRY = Pattern.compile("@\\s*([A-Za-z]+)\\s*([{(])");
    private static final Pattern FIELD_NAME = Pattern.compile("\\s*,?\\s*([A-Za-z][\\w:.-]*)\\s*=\\s*");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s+and\\s+");
    /** An abstract's section label on a line of its own ("Methods", "Findings"), which a colon makes a label. */
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^[ \\t]*([A-Z][A-Za-z]+(?: [a-z]+){0,2})[ \\t]*$\\n?");

    private BibTexRecords() {
    }

    /**
     * The entries of a BibTeX file as MEDLINE records. Throws IllegalArgumentException, saying what it found, where
     * the file holds no entry.
     */
    static String text(String bib) {
        StringBuilder out = new StringBuilder();
        int entries = 0;
        for (Map<String, String> entry : entries(bib)) {
            out.append(record(entry));
            entries++;
        }
        if (entries == 0) {
            throw new IllegalArgumentException("not a BibTeX file: no entry such as '@article{key, title = {...}}'");
        }
        return out.toString();
    }

    private static MedlineRecord record(Map<String, String> entry) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", entry.getOrDefault("pmid", ""));
        r.add("DP", MedlineRecord.date(entry.get("year"), entry.get("month"), entry.get("day")));
        r.add("TI", plain(entry.get("title")));
        String summary = entry.getOrDefault("abstract", "");
        r.add("AB", plain(LABEL_LINE.matcher(summary).replaceAll("$1: ")));
        for (String author : authors(entry.getOrDefault("author", ""))) {
            r.add("FAU", MedlineRecord.invertedName(plain(author)));
        }
        r.add("AD", plain(entry.get("affiliation")));
        r.add("JT", plain(entry.getOrDefault("journal", entry.get("journaltitle"))));
        return r;
    }

    private static String plain(String latex) {
        return latex == null ? "" : LatexText.plain(latex);
    }

    /** The names an author field joins with "and"; a braced corporate author ("{World Health Organization}") goes. */
    private static List<String> authors(String field) {
        List<String> names = new ArrayList<>();
        for (String name : AUTHOR_SEPARATOR.split(field.strip())) {
            String n = name.strip();
            if (!n.isEmpty() && !(n.startsWith("{") && n.endsWith("}") && !n.contains(","))) {
                names.add(n);
            }
        }
        return names;
    }

    /** Each entry's fields by lower-case name; @comment, @string and @preamble are not entries. */
    private static List<Map<String, String>> entries(String bib) {
        List<Map<String, String>> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(bib);
        int from = 0;
        while (m.find(from)) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            int open = m.end(2) - 1;
            int end = bib.charAt(open) == '{' ? LatexText.closingBrace(bib, open) : bib.indexOf(')', open);
            if (end < 0) {
                throw new IllegalArgumentException("BibTeX entry @" + m.group(1) + " at character " + m.start()
                        + " is not closed");
            }
            if (!List.of("comment", "string", "preamble").contains(type)) {
                entries.add(fields(bib.substring(open + 1, end)));
            }
            from = end + 1;
        }
        return entries;
    }

    /** The fields after an entry's key: name = {braced}, "quoted" or a bare number or month. */
    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        int comma = body.indexOf(',');
        int at = comma < 0 ? body.length() : comma;
        Matcher name = FIELD_NAME.matcher(body);
        while (at < body.length() && name.find(at) && name.start() == at) {
            int v = name.end();
            int end;
            String value;
            if (v < body.length() && body.charAt(v) == '{') {
                end = LatexText.closingBrace(body, v);
                end = end < 0 ? body.length() - 1 : end;
                value = body.substring(v + 1, end);
                end++;
            } else if (v < body.length() && body.charAt(v) == '"') {
                end = body.indexOf('"', v + 1);
                end = end < 0 ? body.length() - 1 : end;
                value = body.substring(v + 1, end);
                end++;
            } else {
                end = v;
                while (end < body.length() && body.charAt(end) != ',' && body.charAt(end) != '\n') {
                    end++;
                }
                value = body.substring(v, end).strip();
            }
            fields.putIfAbsent(name.group(1).toLowerCase(Locale.ROOT), value);
            at = end;
        }
        return fields;
    }
}
