package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A Semantic Scholar Graph API answer: a paper search's {@code {"total": ..., "data": [...]}}, a batch's array of
 * papers, or one paper, each known by its {@code paperId}, read as MEDLINE records. Authors come as full names; their
 * affiliations only where the request asked for {@code authors.affiliations}. The journal is {@code journal.name}, or
 * the venue where Semantic Scholar names no journal.
 */
final class SemanticScholarPapers {

    private SemanticScholarPapers() {
    }

    /** The papers a JSON value holds as a Semantic Scholar answer; empty if it is none. */
    static List<JsonObject> papers(JsonValue value) {
        return JsonPaths.records(value, "data", p -> p.get("paperId") != null);
    }

    static MedlineRecord record(JsonObject paper) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(paper, "externalIds", "PubMed").or(() -> string(paper, "externalIds", "DOI"))
                .or(() -> string(paper, "paperId")).orElse(""));
        r.add("DP", MedlineRecord.isoDate(string(paper, "publicationDate").or(() -> string(paper, "year")).orElse("")));
        r.add("TI", string(paper, "title").orElse(""));
        r.add("AB", string(paper, "abstract").orElse(""));
        for (JsonObject author : objects(paper, "authors")) {
            string(author, "name").ifPresent(name -> {
                r.add("FAU", MedlineRecord.invertedName(name));
                JsonPaths.at(author, "affiliations").filter(JsonValue::isArray).ifPresent(a -> a.getAsArray().stream()
                        .filter(JsonValue::isString).forEach(s -> r.add("AD", s.getAsString().value())));
            });
        }
        r.add("JT", string(paper, "journal", "name").or(() -> string(paper, "venue")).orElse(""));
        return r;
    }
}
