package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An iCalendar file ({@code .ics}, RFC 5545), as a seminar series or a conference programme publishes its events:
 * each event is read as its summary, as a heading, and its description, whose speaker line and abstract are the prose.
 * Lines folded at 75 octets (a line break and a space, even inside a word) are joined first, and the value escapes
 * ({@code \n}, {@code \,}, {@code \;}, {@code \\}) are undone. Time zones, alarms, organisers and the rest are
 * scheduling, and are left out. The calendar's name ({@code X-WR-CALNAME}) is the title.
 */
final class CalendarEvents {

    /** The components that hold what an event is about: events, to-dos and journal entries. */
    private static final List<String> ITEMS = List.of("VEVENT", "VTODO", "VJOURNAL");

    private CalendarEvents() {
    }

    static SourceFormat.Reduced reduce(String source) {
        String unfolded = unfold(source);
        if (!unfolded.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
            throw new IllegalArgumentException("not an iCalendar file: it does not begin with BEGIN:VCALENDAR");
        }
        String calendarName = null;
        List<Map<String, String>> items = new ArrayList<>();
        Map<String, String> item = null;
        for (String line : unfolded.split("\\r?\\n")) {
            int colon = valueColon(line);
            if (colon < 0) {
                continue;
            }
            String name = propertyName(line, colon);
            String value = unescape(line.substring(colon + 1));
            if (name.equals("BEGIN") && ITEMS.contains(value.toUpperCase(java.util.Locale.ROOT))) {
                item = new LinkedHashMap<>();
            } else if (name.equals("END") && item != null && ITEMS.contains(value.toUpperCase(java.util.Locale.ROOT))) {
                items.add(item);
                item = null;
            } else if (item != null && (name.equals("SUMMARY") || name.equals("DESCRIPTION"))) {
                item.merge(name, value, (a, b) -> a + "\n\n" + b);
            } else if (item == null && name.equals("X-WR-CALNAME")) {
                calendarName = value.strip();
            }
        }
        StringBuilder text = new StringBuilder();
        for (Map<String, String> event : items) {
            String summary = event.getOrDefault("SUMMARY", "").strip();
            String description = event.getOrDefault("DESCRIPTION", "").strip();
            if (!summary.isEmpty()) {
                text.append(summary).append("\n\n");
            }
            if (!description.isEmpty()) {
                text.append(WrappedLines.unwrap(description)).append("\n\n");
            }
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an iCalendar file with no event that has a summary or a description");
        }
        return new SourceFormat.Reduced(calendarName, text.toString());
    }

    /** The text with its folded lines (a line break and a space or tab, even inside a word) joined again. */
    static String unfold(String text) {
        return text.replaceAll("\\r?\\n[ \\t]", "");
    }

    /** A content line's property name before {@code colon}, in capitals, without its parameters: "ORG;CHARSET=X:". */
    static String propertyName(String line, int colon) {
        return line.substring(0, colon).replaceFirst(";.*", "").strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The colon that ends a content line's name and parameters, past any quoted parameter value; -1 if none. */
    static int valueColon(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** A TEXT value's escapes undone: "\n" and "\N" a line break, "\," "\;" and "\\" the character itself. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
