package org.litkg.document;

import static org.litkg.document.JsonPaths.objects;
import static org.litkg.document.JsonPaths.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A study record as the ClinicalTrials.gov API returns it (version 2: the text in nested modules of a
 * {@code protocolSection}), or a search's {@code {"studies": [...]}}. The summary and the detailed description are
 * what to read; the principal investigator and their affiliation say who leads the study and where, as a paper's
 * authors do, so the record is written as a {@link MedlineRecord} with the investigator as its one author.
 */
public final class TrialRegistryRecord {

    /** Degrees and titles after an investigator's name: "Keiran Ashdown-Mwale, MD, PhD". */
    private static final String DEGREES = "(?:,\\s*(?:M\\.?D|Ph\\.?D|M\\.?B\\.?B\\.?S|M\\.?P\\.?H|FRCP|FRCPC|DPhil|MSc|PharmD|"
            + "DO|RN|MBChB|Dr\\.? ?med|Prof(?:essor)?)\\.?)+\\s*$";

    private TrialRegistryRecord() {
    }

    /** An investigator's name without the degrees after it: "Keiran Ashdown-Mwale, MD, PhD" is "Keiran Ashdown-Mwale". */
    static String withoutDegrees(String name) {
        return name.replaceAll(DEGREES, "").strip();
    }

    /** Whether a JSON object is a registry study record. */
    public static boolean isStudy(JsonObject o) {
        return o.get("protocolSection") != null && o.get("protocolSection").isObject();
    }

    /** The study records a JSON value holds: itself, or a search result's {@code studies}; empty if neither. */
    public static List<JsonObject> studies(JsonValue value) {
        if (!value.isObject()) {
            return List.of();
        }
        JsonObject o = value.getAsObject();
        if (isStudy(o)) {
            return List.of(o);
        }
        JsonValue studies = o.get("studies");
        return studies == null || !studies.isArray() ? List.of() : studies.getAsArray().stream()
                .filter(v -> v.isObject() && isStudy(v.getAsObject())).map(JsonValue::getAsObject).toList();
    }

    /** The registry id ("NCT06624418"), if the record gives one. */
    public static Optional<String> id(JsonObject study) {
        return string(study, "protocolSection", "identificationModule", "nctId");
    }

    /**
     * The record as the text litkg reads, titled with its brief title. Throws IllegalArgumentException where the
     * record has neither a summary nor a description.
     */
    public static SourceFormat.Reduced reduce(JsonObject study) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", "");
        r.add("DP", MedlineRecord.isoDate(string(study, "protocolSection", "statusModule", "startDateStruct", "date")
                .orElse("")));
        r.add("TI", string(study, "protocolSection", "identificationModule", "officialTitle")
                .or(() -> string(study, "protocolSection", "identificationModule", "briefTitle")).orElse(""));
        List<String> description = new ArrayList<>();
        string(study, "protocolSection", "descriptionModule", "briefSummary").ifPresent(description::add);
        string(study, "protocolSection", "descriptionModule", "detailedDescription").ifPresent(description::add);
        if (description.isEmpty()) {
            throw new IllegalArgumentException("study record has no text: no descriptionModule with a briefSummary"
                    + " or a detailedDescription");
        }
        r.add("AB", String.join(" ", description));
        for (JsonObject official : objects(study, "protocolSection", "contactsLocationsModule", "overallOfficials")) {
            String role = string(official, "role").orElse("");
            Optional<String> name = string(official, "name");
            if (name.isPresent() && (role.isEmpty() || role.contains("PRINCIPAL") || role.contains("CHAIR"))) {
                r.add("FAU", MedlineRecord.invertedName(withoutDegrees(name.get())));
                r.add("AD", string(official, "affiliation").orElse(""));
            }
        }
        String title = string(study, "protocolSection", "identificationModule", "briefTitle").orElse(null);
        return new SourceFormat.Reduced(title, r.toString());
    }
}
