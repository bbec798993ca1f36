package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article written as the MEDLINE record PubMed exports: "PMID-", "DP  -", "TI  -", "AB  -", "FAU -" with each
 * author's "AD  -" lines, "JT  -" and "TA  -". Articles that arrive in a structured form (JATS or PubMed XML, BibTeX,
 * LaTeX) are written so, because {@link TaggedRecords} already reads that form into studies with their journal,
 * leaders and workplaces: the source's structure is kept rather than flattened into lines a layout would guess at.
 */
final class MedlineRecord {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};
    private static final String AUTHORS = "authors";
    /** Investigators who are not authors ("FIR"), each with their affiliations ("IRAD"): a grant's or a group's. */
    private static final String INVESTIGATORS = "investigators";

    /** The lines by section, the sections in MEDLINE's order; an author's "AD" lines follow the "FAU". */
    private final Map<String, List<String>> sections = new LinkedHashMap<>();

    MedlineRecord() {
        for (String section : List.of("PMID", "DP", "TI", "AB", AUTHORS, INVESTIGATORS, "JT", "TA")) {
            sections.put(section, new ArrayList<>());
        }
    }

    /** Adds a line, the tag padded to four characters, a dash, the value on one line; a blank value adds none. */
    MedlineRecord add(String tag, String value) {
        String flat = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (tag.equals("PMID") || !flat.isEmpty()) {
            boolean author = tag.equals("FAU") || tag.equals("AU") || tag.equals("AD");
            boolean investigator = tag.equals("FIR") || tag.equals("IRAD");
            String section = author ? AUTHORS : investigator ? INVESTIGATORS : tag;
            sections.get(section).add((tag + "    ").substring(0, 4) + "- " + flat + "\n");
        }
        return this;
    }

    /** An author named in either order ("Ilse Brandvold", "Brandvold, Ilse") and their affiliation, if given. */
    MedlineRecord author(String name, String affiliation) {
        return add("FAU", invertedName(name)).add("AD", affiliation);
    }

    /** The record's lines, then the blank line that ends a record in an export. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        sections.values().forEach(lines -> lines.forEach(out::append));
        return out.append('\n').toString();
    }

    /**
     * A person's name as MEDLINE's "FAU" writes it, surname first: "Teodora Vasquez-Lindqvist" and "Anna van der Berg"
     * become "Vasquez-Lindqvist, Teodora" and "van der Berg, Anna"; a name already inverted stays as it is.
     */
    static String invertedName(String name) {
        String n = name.replaceAll("\\s+", " ").strip();
        if (n.contains(",") || !n.contains(" ")) {
            return n;
        }
        String[] words = n.split(" ");
        int surname = words.length - 1;
        while (surname > 1 && Character.isLowerCase(words[surname - 1].charAt(0))) {
            surname--; // a particle: "van", "de", "von", "da"
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, surname, words.length)) + ", "
                + String.join(" ", java.util.Arrays.copyOfRange(words, 0, surname));
    }

    /** "Kowalczyk-Reyes A" is "Kowalczyk-Reyes, A" as MEDLINE's "FAU" writes it; initials are the last word. */
    static String initialsInverted(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 || !name.substring(space + 1).matches("[A-Z]{1,3}") ? name
                : name.substring(0, space) + ", " + name.substring(space + 1);
    }

    /**
     * A person's name as "FAU" writes it, whichever way the source wrote it: "Liang, Wen-Jie" stays, "Liang W" and
     * "Wen-Jie Liang" are turned round.
     */
    static String authorName(String name) {
        return invertedName(initialsInverted(name.strip()));
    }

    private static final java.util.regex.Pattern ISO_START = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}){0,2}(\\D.*)?");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b");

    /**
     * A MEDLINE date from however a source gives one: ISO, with its time or without ("2026-11-19T08:00:00Z", "2026-09"),
     * prose ("Fri, 20 Nov 2026 08:00:00 GMT", "October 19, 2026"), or a year alone; "" where it holds none.
     */
    static String anyDate(String when) {
        String w = when == null ? "" : when.strip();
        if (ISO_START.matcher(w).matches()) {
            return isoDate(w.substring(0, Math.min(10, w.length())).replaceFirst("\\D+$", ""));
        }
        java.util.Optional<String> prose = Dates.first(w);
        if (prose.isPresent()) {
            return isoDate(prose.get());
        }
        java.util.regex.Matcher year = YEAR.matcher(w);
        return year.find() ? year.group() : "";
    }

    /** A MEDLINE date from an ISO date or its start: "2026-03-14", "2026-04", "2026". */
    static String isoDate(String iso) {
        String[] ymd = iso.split("-");
        return date(ymd[0], ymd.length > 1 ? ymd[1] : null, ymd.length > 2 ? ymd[2] : null);
    }

    /** A MEDLINE date: "2026 Mar 14", "2026 Apr", "2026"; the month as a number or a name. */
    static String date(String year, String month, String day) {
        if (year == null || year.isBlank()) {
            return "";
        }
        String m = month == null ? "" : month.strip();
        if (m.matches("\\d{1,2}")) {
            int k = Integer.parseInt(m);
            m = k >= 1 && k <= 12 ? MONTHS[k - 1] : "";
        } else if (m.length() >= 3) {
            m = Character.toUpperCase(m.charAt(0)) + m.substring(1, 3).toLowerCase(java.util.Locale.ROOT);
        }
        String d = day == null ? "" : day;
        return (year.strip() + " " + m + " " + (m.isEmpty() ? "" : d)).replaceAll("\\s+", " ").strip();
    }
}
