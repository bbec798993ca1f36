package org.litkg.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The literature services whose JSON answers litkg reads (Europe PMC, Crossref, OpenAlex, PubTator's BioC JSON,
 * Semantic Scholar, the Directory of Open Access Journals, Zenodo, DataCite, NIH RePORTER, CSL JSON as reference managers
 * export it, and a website's publication list), each answer as the MEDLINE records PubMed would export for the same
 * works, so one reading of records serves them all.
 */
enum LiteratureServices {
    EUROPE_PMC(EuropePmcResults::results, EuropePmcResults::requireAbstracts, EuropePmcResults::record),
    CROSSREF(CrossrefWorks::works, works -> { }, CrossrefWorks::record),
    OPENALEX(OpenAlexWorks::works, works -> { }, OpenAlexWorks::record),
    BIOC(BiocJson::documents, works -> { }, BiocJson::record),
    SEMANTIC_SCHOLAR(SemanticScholarPapers::papers, works -> { }, SemanticScholarPapers::record),
    DOAJ(DoajArticles::articles, works -> { }, DoajArticles::record),
    ZENODO(ZenodoRecords::records, works -> { }, ZenodoRecords::record),
    /** A DOI registry's answer: a repository's datasets, preprints and posters ({@link DataCiteDois}). */
    DATACITE(DataCiteDois::dois, works -> { }, DataCiteDois::record),
    /** A grant database's projects: investigators and their organisation, not authors ({@link NihReporterProjects}). */
    NIH_REPORTER(NihReporterProjects::projects, works -> { }, NihReporterProjects::record),
    /** Not a service's answer but a reference manager's export (Zotero, Mendeley) in the same citation fields. */
    CSL_JSON(CslJsonItems::items, works -> { }, CslJsonItems::record),
    /** A lab website's publication list (Jekyll or Hugo data), in YAML or JSON: no schema, the usual field names. */
    PUBLICATION_LIST(PublicationEntries::entries, works -> { }, PublicationEntries::record);

    private final Function<JsonValue, List<JsonObject>> works;
    private final Consumer<List<JsonObject>> check;
    private final Function<JsonObject, MedlineRecord> record;

    LiteratureServices(Function<JsonValue, List<JsonObject>> works, Consumer<List<JsonObject>> check,
                       Function<JsonObject, MedlineRecord> record) {
        this.works = works;
        this.check = check;
        this.record = record;
    }

    /**
     * The MEDLINE records of the first service whose answer the value is; empty if it is none of theirs. Throws
     * IllegalArgumentException, saying why, where the answer holds nothing to read.
     */
    static Optional<String> records(JsonValue value) {
        for (LiteratureServices service : values()) {
            List<JsonObject> found = service.works.apply(value);
            if (!found.isEmpty()) {
                service.check.accept(found);
                StringBuilder out = new StringBuilder();
                found.forEach(w -> out.append(service.record.apply(w)));
                return Optional.of(out.toString());
            }
        }
        return Optional.empty();
    }
}
