package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference manager's RIS export, PubMed's MEDLINE export or EndNote's tagged export: records of tagged lines
 * ("TY  - JOUR", "AU  - Lindqvist-Moreau, Annika", "JO  - Neuro-Oncology", "AB  - Background: ...", "ER  - "; "PMID-
 * 41020311", "FAU - Okoye, Chinedu", "JT  - Neuro-Oncology"; "%0 Journal Article", "%A Brannigan, Cathal", "%J Blood").
 * The tags say what each line is, which no sentence would: who wrote the work, where they work, in which journal it
 * appeared and what its abstract reports. EndNote's tags are read as the RIS tags they match, and Web of Science's
 * plain-text export ({@link WebOfScienceRecords}) as the RIS and MEDLINE tags its tags match.
 */
public final class TaggedRecords {

    /** A tag of two to four capitals or digits padded to four characters, then "- ": the MEDLINE and RIS shape. */
    private static final Pattern TAG = Pattern.compile("^(?=[A-Z][A-Z0-9 ]{3}-( |$))([A-Z][A-Z0-9]{1,3}) *-( |$)");
    /** EndNote's shape: "%" and one character, then a space: "%A Brannigan, Cathal", "%+ Department of ...". */
    private static final Pattern END_NOTE_TAG = Pattern.compile("^%([0-9A-Z@+!#$&()*<>=?\\[\\]^~|])( |$)");
    /** EndNote's tags as the RIS tags that mean the same. */
    private static final Map<String, String> END_NOTE_AS_RIS = Map.of("0", "TY", "A", "AU", "+", "AD", "T", "TI",
            "J", "JO", "D", "PY", "X", "AB", "K", "KW", "R", "DO", "U", "UR");
    private static final Set<String> RECORD_STARTS = Set.of("TY", "PMID");
    private static final Set<String> RECORD_ENDS = Set.of("ER");
    private static final Set<String> AUTHOR_TAGS = Set.of("AU", "A1", "FAU");
    private static final Set<String> AFFILIATION_TAGS = Set.of("AD");
    /** MEDLINE's investigators, who are not authors ("FIR"), and their affiliations ("IRAD"). */
    private static final String INVESTIGATOR = "FIR";
    private static final String INVESTIGATOR_AFFILIATION = "IRAD";
    private static final Set<String> JOURNAL_TAGS = Set.of("JO", "JF", "JA", "T2", "JT");
    private static final Set<String> TITLE_TAGS = Set.of("TI", "T1");
    private static final Set<String> ABSTRACT_TAGS = Set.of("AB", "N2");
    private static final Set<String> YEAR_TAGS = Set.of("PY", "Y1", "DA", "DP");
    /** A MEDLINE field goes on over lines indented by six spaces. */
    private static final String CONTINUATION_INDENT = "      ";
    /** Fewer tagged lines than this are no export, only text with a dash after a capitalised word. */
    private static final int MIN_TAGGED_LINES = 3;

    /**
     * One field: its tag and where its content is, after the tag, over any continuation lines; and the people it names
     * where the export says so: Web of Science gives an author field its own name and an address its authors' names.
     */
    public record Field(String tag, Span content, List<String> names) {

        public Field(String tag, Span content) {
            this(tag, content, List.of());
        }
    }

    /** One record, from its first tagged line to its end tag or the next record's start. */
    public record Record(Span span, List<Field> fields) {

        /** The authors' names; MEDLINE gives each twice (FAU "Okoye, Chinedu" and AU "Okoye C"): the full form. */
        public List<Field> authors() {
            boolean full = fields.stream().anyMatch(f -> f.tag().equals("FAU"));
            return fields.stream().filter(f -> full ? f.tag().equals("FAU") : AUTHOR_TAGS.contains(f.tag())).toList();
        }

        public List<Field> affiliations() {
            return fields.stream().filter(f -> AFFILIATION_TAGS.contains(f.tag())).toList();
        }

        /**
         * Each author's own affiliations, one list an author, where the record gives several addresses each after its
         * author's name, as MEDLINE does ("FAU", "AU", then that author's "AD" lines); empty where it does not: one
         * address is the whole record's, and an RIS record's addresses follow all its authors.
         */
        public List<List<Field>> affiliationsByAuthor() {
            List<Field> authors = authors();
            List<Field> addresses = affiliations();
            if (addresses.stream().anyMatch(f -> !f.names().isEmpty())) { // Web of Science names each address's authors
                return authors.stream().map(a -> addresses.stream()
                        .filter(f -> !a.names().isEmpty() && f.names().contains(a.names().get(0))).toList()).toList();
            }
            boolean medline = fields.stream().anyMatch(f -> f.tag().equals("FAU"));
            int firstAuthor = authors.isEmpty() ? -1 : fields.indexOf(authors.get(0));
            boolean addressBefore = fields.subList(0, Math.max(firstAuthor, 0)).stream()
                    .anyMatch(f -> AFFILIATION_TAGS.contains(f.tag()));
            if (!medline || firstAuthor < 0 || addressBefore || affiliations().size() < 2) {
                return List.of();
            }
            List<List<Field>> out = new ArrayList<>();
            for (Field f : fields.subList(firstAuthor, fields.size())) {
                if (authors.contains(f)) {
                    out.add(new ArrayList<>());
                } else if (AFFILIATION_TAGS.contains(f.tag())) {
                    out.get(out.size() - 1).add(f);
                }
            }
            return out;
        }

        /** The investigators who are not authors, each with the affiliation fields after their name. */
        public Map<Field, List<Field>> investigators() {
            Map<Field, List<Field>> out = new java.util.LinkedHashMap<>();
            Field last = null;
            for (Field f : fields) {
                if (f.tag().equals(INVESTIGATOR)) {
                    last = f;
                    out.put(f, new ArrayList<>());
                } else if (f.tag().equals(INVESTIGATOR_AFFILIATION) && last != null) {
                    out.get(last).add(f);
                }
            }
            return out;
        }

        public Optional<Field> journal() {
            return fields.stream().filter(f -> JOURNAL_TAGS.contains(f.tag())).findFirst();
        }

        public Optional<Field> title() {
            return fields.stream().filter(f -> TITLE_TAGS.contains(f.tag())).findFirst();
        }

        public Optional<Field> year() {
            return fields.stream().filter(f -> YEAR_TAGS.contains(f.tag())).findFirst();
        }

        /** The fields read as text: title, authors, affiliations, journal and abstract, in the record's order. */
        List<Field> read() {
            List<Field> authors = authors();
            return fields.stream().filter(f -> authors.contains(f) || TITLE_TAGS.contains(f.tag())
                    || AFFILIATION_TAGS.contains(f.tag()) || JOURNAL_TAGS.contains(f.tag())
                    || f.tag().equals(INVESTIGATOR) || f.tag().equals(INVESTIGATOR_AFFILIATION)
                    || ABSTRACT_TAGS.contains(f.tag())).toList();
        }
    }

    private TaggedRecords() {
    }

    /** Whether the field is a person's name: an author's, or an investigator's who is no author. */
    public static boolean isPerson(Field f) {
        return AUTHOR_TAGS.contains(f.tag()) || f.tag().equals(INVESTIGATOR);
    }

    /** Whether the field names the journal. */
    public static boolean isJournal(Field f) {
        return JOURNAL_TAGS.contains(f.tag());
    }

    /**
     * The records of a tagged export; empty when the text is not one. An export opens with a record's first tag ("TY  -",
     * "PMID-"), so any other document is turned away at its first line: every stage asks, and most documents are prose.
     */
    public static List<Record> records(String text) {
        if (WebOfScienceRecords.isExport(text)) {
            return WebOfScienceRecords.records(text);
        }
        Pattern shape = opening(text);
        if (shape == null) {
            return List.of();
        }
        boolean endNote = shape == END_NOTE_TAG;
        List<Record> records = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        int recordStart = -1;
        int tagged = 0;
        int lineStart = 0;
        Matcher m = shape.matcher(text);
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (m.region(lineStart, lineEnd).lookingAt()) {
                tagged++;
                String tag = tag(m, endNote);
                if (RECORD_STARTS.contains(tag) && recordStart >= 0) {
                    records.add(new Record(new Span(recordStart, lineStart), List.copyOf(fields)));
                    fields.clear();
                    recordStart = -1;
                }
                if (recordStart < 0) {
                    recordStart = lineStart;
                }
                if (RECORD_ENDS.contains(tag)) {
                    records.add(new Record(new Span(recordStart, lineEnd), List.copyOf(fields)));
                    fields.clear();
                    recordStart = -1;
                } else {
                    fields.add(new Field(tag, trimmed(text, m.end(), lineEnd)));
                }
            } else if ((endNote || text.startsWith(CONTINUATION_INDENT, lineStart)) && !fields.isEmpty()
                    && !text.substring(lineStart, lineEnd).isBlank()) { // EndNote goes on over lines as they come
                Field last = fields.remove(fields.size() - 1);
                fields.add(new Field(last.tag(), trimmed(text, last.content().start(), lineEnd)));
            }
            lineStart = lineEnd + 1;
        }
        if (recordStart >= 0 && !fields.isEmpty()) {
            records.add(new Record(new Span(recordStart, text.length()), List.copyOf(fields)));
        }
        return tagged >= MIN_TAGGED_LINES ? records : List.of();
    }

    /**
     * The records the text holds: an export's, or where it is no export, the entries of its publication lists
     * ({@link PublicationLists}) and a landing page's dataset citation ({@link DataCitations}), which name authors and
     * a journal as an export's fields do.
     */
    public static List<Record> recordsIn(String text) {
        List<Record> exported = records(text);
        return exported.isEmpty() ? listed(text) : exported;
    }

    /** The records of a text that is no export, in text order. */
    static List<Record> listed(String text) {
        List<Record> listed = new ArrayList<>(PublicationLists.records(text));
        listed.addAll(DataCitations.records(text));
        listed.sort(java.util.Comparator.comparingInt(r -> r.span().start()));
        return listed;
    }

    /** Whether a listed record's field is read as a line of its own: a name, a journal, an investigator's address. */
    static boolean isReadAlone(Field f) {
        return isPerson(f) || isJournal(f) || f.tag().equals(INVESTIGATOR_AFFILIATION)
                || f.tag().equals(PublicationLists.OWN_TITLE); // a "How to cite this article" entry's title
    }

    /** The tag shape of the export's first line where it opens a record ("TY  -", "PMID-", "%0"); null if it does not. */
    private static Pattern opening(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        for (Pattern shape : List.of(TAG, END_NOTE_TAG)) {
            Matcher m = shape.matcher(text).region(start, end < 0 ? text.length() : end);
            if (m.lookingAt() && RECORD_STARTS.contains(tag(m, shape == END_NOTE_TAG))) {
                return shape;
            }
        }
        return null;
    }

    /** The tag a matched line bears, an EndNote tag as the RIS tag it matches ("%A" as "AU"). */
    private static String tag(Matcher m, boolean endNote) {
        return endNote ? END_NOTE_AS_RIS.getOrDefault(m.group(1), "%" + m.group(1)) : m.group(2);
    }

    /** The spans to read of a tagged export: each record's title, authors, affiliations, journal and abstract. */
    static List<Span> blocks(List<Record> records) {
        List<Span> blocks = new ArrayList<>();
        for (Record r : records) {
            r.read().stream().map(Field::content).filter(c -> c.length() > 0).forEach(blocks::add);
        }
        return blocks;
    }

    static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
