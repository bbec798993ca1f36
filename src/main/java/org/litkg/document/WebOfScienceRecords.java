package org.litkg.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web of Science's "Plain text" export (savedrecs.txt): a header ("FN Clarivate Analytics Web of Science", "VR 1.0"),
 * then records of two-character tags and a space ("PT J", "AF Lindqvist-Obi, Maren", "SO JOURNAL FOR IMMUNOTHERAPY OF
 * CANCER"), each ended by "ER", the file by "EF". A field goes on over lines indented by three spaces; in a list field
 * (authors, addresses) each such line is the next value. An address ("C1 [Lindqvist-Obi, Maren; Haruki, Takeshi] Yale
 * Univ, Sch Med, Dept Pathol, New Haven, CT 06510 USA.") names its authors in brackets and then the institution first,
 * before its departments and town, so the field read is that institution alone. The tags are read as the RIS and
 * MEDLINE tags that mean the same ("AF" as MEDLINE's full author "FAU", "SO" as "JO", "C1" as "AD").
 */
final class WebOfScienceRecords {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])( |$)");
    /** The file header's tags and the end of file, which belong to no record. */
    private static final Set<String> OUTSIDE_RECORDS = Set.of("FN", "VR", "EF");
    private static final Map<String, String> AS_TAGGED = Map.of("PT", "TY", "AF", "FAU", "SO", "JO", "C1", "AD");
    /** Fields whose indented lines are each the next value, not the same value wrapped. */
    private static final Set<String> LIST_FIELDS = Set.of("AU", "FAU", "AD", "CR", "EM", "RI", "OI", "BE");
    private static final String CONTINUATION_INDENT = "   ";
    /** "[Lindqvist-Obi, Maren; Haruki, Takeshi] Yale Univ, ...": the authors an address is theirs. */
    private static final Pattern HOLDERS = Pattern.compile("\\[([^\\]]+)\\]\\s*");

    private WebOfScienceRecords() {
    }

    /** Whether the text opens as a Web of Science export does: "FN " and the exporting service's name. */
    static boolean isExport(String text) {
        return text.stripLeading().startsWith("FN ") && text.contains("\nPT ");
    }

    static List<TaggedRecords.Record> records(String text) {
        List<TaggedRecords.Record> records = new ArrayList<>();
        List<TaggedRecords.Field> fields = new ArrayList<>();
        int recordStart = -1;
        int lineStart = 0;
        Matcher m = TAG.matcher(text);
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (m.region(lineStart, lineEnd).lookingAt()) {
                String tag = AS_TAGGED.getOrDefault(m.group(1), m.group(1));
                if (tag.equals("ER") && recordStart >= 0) {
                    records.add(new TaggedRecords.Record(new Span(recordStart, lineEnd), List.copyOf(fields)));
                    fields.clear();
                    recordStart = -1;
                } else if (!OUTSIDE_RECORDS.contains(tag)) {
                    recordStart = recordStart < 0 ? lineStart : recordStart;
                    fields.add(field(text, tag, m.end(), lineEnd));
                }
            } else if (text.startsWith(CONTINUATION_INDENT, lineStart) && !fields.isEmpty()
                    && !text.substring(lineStart, lineEnd).isBlank()) {
                TaggedRecords.Field last = fields.get(fields.size() - 1);
                int from = lineStart + CONTINUATION_INDENT.length();
                if (startsValue(text, last, from)) {
                    fields.add(field(text, last.tag(), from, lineEnd));
                } else if (!last.tag().equals("AD")) { // an address is read up to its institution, on its first line
                    fields.set(fields.size() - 1, new TaggedRecords.Field(last.tag(),
                            TaggedRecords.trimmed(text, last.content().start(), lineEnd), last.names()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return records;
    }

    /** Whether an indented line starts the list field's next value: a bracketed address starts at its bracket. */
    private static boolean startsValue(String text, TaggedRecords.Field last, int from) {
        if (!LIST_FIELDS.contains(last.tag())) {
            return false;
        }
        return !last.tag().equals("AD") || last.names().isEmpty() || text.startsWith("[", from);
    }

    /**
     * A field from its value's start to the line's end; an author field knows its own name, and an address its authors'
     * names and, as its content, only the institution before the first comma.
     */
    private static TaggedRecords.Field field(String text, String tag, int from, int lineEnd) {
        Span value = TaggedRecords.trimmed(text, from, lineEnd);
        if (tag.equals("FAU")) {
            return new TaggedRecords.Field(tag, value, List.of(value.of(text)));
        }
        if (!tag.equals("AD")) {
            return new TaggedRecords.Field(tag, value);
        }
        List<String> names = List.of();
        int start = value.start();
        Matcher holders = HOLDERS.matcher(text).region(start, value.end());
        if (holders.lookingAt()) {
            names = Arrays.stream(holders.group(1).split(";")).map(String::strip).filter(n -> !n.isEmpty()).toList();
            start = holders.end();
        }
        int comma = text.indexOf(',', start);
        int end = comma < 0 || comma > value.end() ? value.end() : comma;
        return new TaggedRecords.Field(tag, TaggedRecords.trimmed(text, start, end), names);
    }
}
