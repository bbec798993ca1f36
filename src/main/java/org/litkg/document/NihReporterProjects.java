package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The NIH RePORTER API's project search ({@code {"meta": ..., "results": [...]}}), or an array of projects, or one:
 * each project read as a MEDLINE record of its title, its abstract and its public health relevance. A grant has
 * investigators, not authors: each principal investigator is an investigator ("FIR"), and the contact PI works at the
 * awardee organisation ("IRAD"); no one is said to lead a study for holding a grant, and the funding institute is no
 * part of the work's text.
 */
final class NihReporterProjects {

    /** A label opening an abstract's text on a line of its own: "PROJECT SUMMARY", "PROJECT SUMMARY/ABSTRACT". */
    private static final Pattern LABEL = Pattern.compile("^\\s*[A-Z][A-Z /]{3,40}(:\\s*|\\s*\\n)");

    private NihReporterProjects() {
    }

    /** The projects a JSON value holds as a RePORTER answer; empty if it is none. */
    static List<JsonObject> projects(JsonValue value) {
        return JsonPaths.records(value, "results", p -> p.get("project_title") != null && p.get("abstract_text") != null);
    }

    static MedlineRecord record(JsonObject project) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", string(project, "project_num").orElse(string(project, "appl_id").orElse("")));
        r.add("DP", MedlineRecord.anyDate(string(project, "project_start_date").orElse("")));
        r.add("TI", string(project, "project_title").orElse(""));
        r.add("AB", unlabelled(string(project, "abstract_text").orElse("")) + " "
                + unlabelled(string(project, "phr_text").orElse("")));
        // "UNIVERSITY OF PITTSBURGH AT PITTSBURGH" as "University of Pittsburgh at Pittsburgh", as names are written
        String organisation = NameCase.titled(string(project, "organization", "org_name").orElse(""));
        List<JsonObject> investigators = objects(project, "principal_investigators").stream()
                .sorted(Comparator.comparing(pi -> !isContact(pi))).toList();
        for (JsonObject pi : investigators) {
            string(pi, "full_name").ifPresent(name -> {
                r.add("FIR", MedlineRecord.invertedName(name));
                if (isContact(pi)) {
                    r.add("IRAD", organisation);
                }
            });
        }
        return r;
    }

    private static boolean isContact(JsonObject pi) {
        JsonValue contact = pi.get("is_contact_pi");
        return contact != null && contact.isBoolean() && contact.getAsBoolean().value();
    }

    /** The text without the label RePORTER's abstracts open with. */
    private static String unlabelled(String text) {
        return LABEL.matcher(text).replaceFirst("");
    }
}
