package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication list of a CV, a lab's page, a grant record or a thesis: entries in Vancouver style ("1. Brandvold I,
 * Chen L, Okonkwo-Reyes A. Title. Nat Med. 2025;31(9):2877-2889.") under a heading that names them as the author's or
 * the project's publications ("Selected publications", "Publications arising from this thesis"). Each entry says who
 * wrote a study and where it appeared, so it is read as a record of a tagged export is: its authors and journal as
 * fields ({@link TaggedRecords.Record}, tagged "AU", "TI", "JO", "PY"). A document's "References" or "Sources" cite
 * others' work in support of its own and state nothing, so only a publications heading opens a list; its title is not
 * read, as a cited title is a claim of the work cited.
 */
public final class PublicationLists {

    /** "Publications", "Selected publications", "Recent papers", "Publications arising from this thesis:". */
    private static final Pattern HEADING = Pattern.compile("(?i)^\\s*((selected|recent|key|representative|relevant|"
            + "related|major|principal)\\s+)?(publications|papers)(\\s+(arising|resulting|from|of|since|in)\\b[^.:]{0,60})?"
            + "\\s*:?\\s*$");
    /**
     * A heading over the document's own paper, cited as a reader should cite it: "How to cite this article", "Cite
     * this paper", "Suggested citation". Its entry's title is the paper's own claim, so it is read.
     */
    private static final Pattern OWN_HEADING = Pattern.compile("(?i)^\\s*(how to cite( this (article|paper))?"
            + "|cite this (article|paper)|suggested citation)\\s*:?\\s*$");
    /** The tag of an own paper's title, a title tag that is read as a line of its own (TaggedRecords.isReadAlone). */
    static final String OWN_TITLE = "T1";
    /**
     * An NIH biographical sketch's "C. Contributions to Science": numbered paragraphs, each followed by lettered entries
     * ("a. Surname A, Surname B. Title. Journal. 2024;16(741):e1.") that cite the person's own work on it.
     */
    private static final Pattern CONTRIBUTIONS = Pattern.compile("(?i)^\\s*(?:[A-Z]\\.\\s+)?contributions\\s+to\\s+science"
            + "\\s*:?\\s*$");
    /** What ends the contributions: the sketch's next lettered section, or its "Complete List of Published Work". */
    private static final Pattern NEXT_SECTION = Pattern.compile("^\\s*([A-Z]\\.\\s+\\p{Lu}|Complete [Ll]ist\\b)");
    private static final Pattern LETTERED = Pattern.compile("^\\s*[a-z][.)]\\s+");
    private static final String SURNAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?";
    /** An author as Vancouver style writes one, surname and initials: "Okonkwo-Reyes A", "Mbeki-Hartley NT". */
    static final String AUTHOR = SURNAME + "\\s+\\p{Lu}{1,3}";
    /**
     * An entry: an optional number or bullet, authors ("Surname AB", comma-separated, perhaps "et al"), the title
     * (which a short entry leaves out: "X I, et al. Gastroenterology. 2025;169(4):811-824."), the journal, then the
     * year and volume: "Gut. 2024;73(5):812-825.", "Lancet Oncol. 2015 Aug;16(8):949-956.".
     */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:\\[?\\d{1,3}[.)\\]]\\s+|[a-z][.)]\\s+|[•*-]\\s+)?"
            + "(?<authors>" + AUTHOR + "(?:,\\s+" + AUTHOR + ")*(?:,?\\s+et al)?)\\.\\s+"
            + "(?:(?<title>\\S.*?[.?!])\\s+)?(?<journal>[\\p{L}][^.;]*?)\\.\\s+"
            + "(?<year>(?:19|20)\\d{2})\\b[^;\\n]{0,12};");
    private static final Pattern NAME = Pattern.compile(AUTHOR);

    private PublicationLists() {
    }

    /** The entries of every publication list in the text, as records with their fields' places in it. */
    public static List<TaggedRecords.Record> records(String text) {
        List<TaggedRecords.Record> records = new ArrayList<>();
        boolean inList = false;
        boolean own = false;
        boolean inContributions = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            Matcher entry = ENTRY.matcher(line);
            boolean ownHeading = OWN_HEADING.matcher(line).matches();
            if (HEADING.matcher(line).matches() || ownHeading) {
                inList = true;
                own = ownHeading;
            } else if (CONTRIBUTIONS.matcher(line).matches()) {
                inContributions = true;
            } else if (inList && entry.lookingAt()) {
                records.add(record(lineStart, entry, own));
            } else if (inContributions && LETTERED.matcher(line).lookingAt() && entry.lookingAt()) {
                records.add(record(lineStart, entry, false)); // a contribution's paragraphs come between its entries
            } else if (inContributions && NEXT_SECTION.matcher(line).lookingAt()) {
                inContributions = false;
            } else if (!line.isBlank()) {
                inList = false; // a line that is no entry ends the list: "Last updated: October 2026"
            }
            lineStart = lineEnd + 1;
        }
        return records;
    }

    private static TaggedRecords.Record record(int offset, Matcher entry, boolean own) {
        List<TaggedRecords.Field> fields = new ArrayList<>();
        Matcher name = NAME.matcher(entry.group("authors"));
        while (name.find()) {
            int start = offset + entry.start("authors") + name.start();
            fields.add(new TaggedRecords.Field("AU", new Span(start, start + name.group().length())));
        }
        if (entry.group("title") != null) {
            fields.add(field(own ? OWN_TITLE : "TI", offset, entry, "title"));
        }
        fields.add(field("JO", offset, entry, "journal"));
        fields.add(field("PY", offset, entry, "year"));
        return new TaggedRecords.Record(new Span(offset, offset + entry.end()), List.copyOf(fields));
    }

    private static TaggedRecords.Field field(String tag, int offset, Matcher entry, String group) {
        return new TaggedRecords.Field(tag, new Span(offset + entry.start(group), offset + entry.end(group)));
    }
}
