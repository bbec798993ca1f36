package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's index: each heading with its pages ("CXCR4, 112-118"), and under it, indented, what the book says of it
 * with the pages it says so on ("blocked by plerixafor, 114", "bound by CXCL12, 112"). Each heading is spelt out as
 * a glossary line of its subentries without their pages, "CXCR4: blocked by plerixafor; bound by CXCL12.", which says
 * what the index says the book does; read as they stand, the lines are page numbers with no sentence among them.
 */
final class BookIndexEntries {

    private static final String PAGES = ",\\s+\\d{1,4}(?:[-–]\\d{1,4})?(?:,\\s*\\d{1,4}(?:[-–]\\d{1,4})?)*\\s*$";
    private static final Pattern HEADING = Pattern.compile("^(\\S[^,]{0,60}?)" + PAGES);
    private static final Pattern SUBENTRY = Pattern.compile("^[ \\t]{2,}(\\S.{0,80}?)" + PAGES);
    private static final Pattern ANY_SUBENTRY = Pattern.compile("(?m)" + SUBENTRY.pattern());
    /** Entries enough to be an index, not a line that happens to end in a page number. */
    private static final int MIN_ENTRIES = 3;

    private BookIndexEntries() {
    }

    static String spellOut(String text) {
        if (!ANY_SUBENTRY.matcher(text).find()) {
            return text; // most texts have no indented line ending in page numbers: one scan, no line split
        }
        String[] lines = text.split("\n", -1);
        long entries = java.util.Arrays.stream(lines)
                .filter(l -> HEADING.matcher(l).matches() || SUBENTRY.matcher(l).matches()).count();
        if (entries < MIN_ENTRIES) {
            return text;
        }
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            if (!heading.matches()) {
                out.add(lines[i]);
                continue;
            }
            List<String> said = new ArrayList<>();
            Matcher sub;
            while (i + 1 < lines.length && (sub = SUBENTRY.matcher(lines[i + 1])).matches()) {
                said.add(sub.group(1).strip());
                i++;
            }
            out.add(heading.group(1).strip() + (said.isEmpty() ? "." : ": " + String.join("; ", said) + "."));
        }
        return String.join("\n", out);
    }
}
