package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data repository's landing page cites its dataset in DataCite's form under "Cite this dataset" ("Surname, Given;
 * Surname, Given (2026). Title [Dataset]. Dryad. https://doi.org/…") and lists the creators with their affiliations
 * under "Authors" ("Surname, Given (Affiliation)"). The citation is read as a record of a tagged export is: its creators
 * as authors, first and last leading the study the data come from; each listed creator as an investigator placed at
 * the affiliation in brackets ({@link TaggedRecords.Record}, tagged "AU", "FIR", "IRAD", "PY"). A reference list's data
 * citation cites others' data, so only the cite heading opens one.
 */
final class DataCitations {

    private static final Pattern CITE_HEADING = Pattern.compile("(?i)^\\s*(cite this (dataset|record)|cite as|how to cite"
            + "( this dataset)?)\\s*:?\\s*$");
    private static final Pattern AUTHORS_HEADING = Pattern.compile("(?i)^\\s*(authors|creators)\\s*:?\\s*$");
    /** The kind DataCite writes after a dataset's title, without which no line is its citation. */
    private static final String DATA_KIND = "\\[(?:Dataset|Data set|Software)]";
    /** A creator as DataCite writes one, surname first: "Clarke-Odum, Amina", "de Vries, Anna M.". */
    private static final String INVERTED = "\\p{L}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?,\\s+\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?";
    private static final Pattern CITATION = Pattern.compile("^\\s*(?<authors>" + INVERTED + "(?:;\\s+" + INVERTED + ")*)"
            + "\\s+\\((?<year>(?:19|20)\\d{2})\\)\\.\\s+\\S.*?" + DATA_KIND);
    private static final Pattern CREATOR = Pattern.compile(INVERTED);
    private static final Pattern DATA_KINDS = Pattern.compile(DATA_KIND);
    private static final Pattern AUTHOR_LINE = Pattern.compile("^\\s*(?<name>" + INVERTED + ")\\s+\\((?<place>[^()]{3,150})\\)"
            + "\\s*$");

    private DataCitations() {
    }

    /** The dataset citation of a landing page, with its listed creators; empty for any other text. */
    static List<TaggedRecords.Record> records(String text) {
        if (!DATA_KINDS.matcher(text).find()) {
            return List.of(); // most documents: no need to read them line by line (every stage asks)
        }
        List<Span> lines = PageLayout.lines(text);
        List<TaggedRecords.Field> fields = new ArrayList<>();
        Span cited = null;
        boolean underHeading = false;
        boolean inAuthors = false;
        for (Span line : lines) {
            String content = line.of(text);
            if (content.isBlank()) {
                continue;
            }
            Matcher citation = CITATION.matcher(content);
            Matcher author = AUTHOR_LINE.matcher(content);
            if (cited == null && underHeading && citation.lookingAt()) {
                cited = new Span(line.start(), line.start() + citation.end());
                Matcher name = CREATOR.matcher(citation.group("authors"));
                while (name.find()) {
                    int start = line.start() + citation.start("authors") + name.start();
                    fields.add(new TaggedRecords.Field("AU", new Span(start, start + name.group().length())));
                }
                fields.add(new TaggedRecords.Field("PY", new Span(line.start() + citation.start("year"),
                        line.start() + citation.end("year"))));
            } else if (inAuthors && author.matches()) {
                fields.add(new TaggedRecords.Field("FIR", new Span(line.start() + author.start("name"),
                        line.start() + author.end("name"))));
                fields.add(new TaggedRecords.Field("IRAD", new Span(line.start() + author.start("place"),
                        line.start() + author.end("place"))));
                continue;
            }
            underHeading = CITE_HEADING.matcher(content).matches();
            inAuthors = cited != null && AUTHORS_HEADING.matcher(content).matches();
        }
        return cited == null ? List.of() : List.of(new TaggedRecords.Record(cited, List.copyOf(fields)));
    }
}
