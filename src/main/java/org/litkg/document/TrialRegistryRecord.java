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
        List<String> description = new ArrayList<>();
        string(study, "protocolSection", "descriptionModule", "briefSummary").ifPresent(description::add);
        string(study, "protocolSection", "descriptionModule", "detailedDescription").ifPresent(description::add);
        if (description.isEmpty()) {
            throw new IllegalArgumentException("study record has no text: no descriptionModule with a briefSummary"
                    + " or a detailedDescription");
        }
        List<Official> officials = objects(study, "protocolSection", "contactsLocationsModule", "overallOfficials").stream()
                .map(o -> new Official(string(o, "name").orElse(""), string(o, "role").orElse(""),
                        string(o, "affiliation").orElse(""))).toList();
        MedlineRecord r = record(MedlineRecord.isoDate(string(study, "protocolSection", "statusModule", "startDateStruct",
                "date").orElse("")), string(study, "protocolSection", "identificationModule", "officialTitle")
                .or(() -> string(study, "protocolSection", "identificationModule", "briefTitle")).orElse(""),
                description, officials);
        String title = string(study, "protocolSection", "identificationModule", "briefTitle").orElse(null);
        return new SourceFormat.Reduced(title, r.toString());
    }

    /** An overall official of a study, as both forms of the registry's record name them. */
    record Official(String name, String role, String affiliation) {

        /**
         * A principal investigator or a study chair leads the study, a study director does not; the API writes the
         * role "PRINCIPAL_INVESTIGATOR", the classic XML "Principal Investigator".
         */
        boolean leads() {
            String r = role.toUpperCase(java.util.Locale.ROOT);
            return !name.isBlank() && (r.isEmpty() || r.contains("PRINCIPAL") || r.contains("CHAIR"));
        }
    }

    /**
     * A study as the MEDLINE record litkg reads, from what both forms give: the start date (as MEDLINE writes it), the
     * title, the summary and description, and the officials who lead the study, each with their affiliation.
     */
    static MedlineRecord record(String date, String title, List<String> description, List<Official> officials) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", "");
        r.add("DP", date);
        r.add("TI", title);
        r.add("AB", String.join(" ", description));
        for (Official official : officials) {
            if (official.leads()) {
                r.add("FAU", MedlineRecord.invertedName(official.name().replaceAll(DEGREES, "").strip()));
                r.add("AD", official.affiliation());
            }
        }
        return r;
    }
}
