package org.litkg.rdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How litkg's terms read in the Biolink Model, for the KGX export: a Biolink category for each
 * entity class, and a Biolink predicate (with Biolink 4 qualifiers where the plain predicate would
 * lose the meaning) for each biomedical relation. Bibliographic relations (published in, conducted
 * by, led by, affiliated with, approved by, reported in) have no Biolink predicate between
 * named things and stay in the RDF only.
 */
public final class KgxVocabulary {

    /** A Biolink predicate and the qualifiers that complete it (empty strings when none). */
    public record Predicate(String predicate, String qualifiedPredicate, String objectAspect, String objectDirection) {
    }

    static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("Drug", "biolink:Drug"),
            Map.entry("DrugClass", "biolink:ChemicalEntity"),
            Map.entry("Protein", "biolink:Protein"),
            Map.entry("Receptor", "biolink:Protein"),
            Map.entry("Chemokine", "biolink:Protein"),
            Map.entry("Disease", "biolink:Disease"),
            Map.entry("Cancer", "biolink:Disease"),
            Map.entry("CellType", "biolink:Cell"),
            Map.entry("Tissue", "biolink:GrossAnatomicalStructure"),
            Map.entry("Study", "biolink:Study"),
            Map.entry("ClinicalTrial", "biolink:Study"),
            Map.entry("Journal", "biolink:Serial"),
            Map.entry("Organization", "biolink:Agent"),
            Map.entry("RegulatoryAgency", "biolink:Agent"),
            Map.entry("Person", "biolink:Agent"));

    static final Map<String, Predicate> PREDICATES = Map.of(
            "blocks", new Predicate("biolink:affects", "biolink:causes", "activity", "decreased"),
            "binds", plain("biolink:directly_physically_interacts_with"),
            "secretes", plain("biolink:produces"),
            "expressedOn", plain("biolink:expressed_in"),
            "sequesters", new Predicate("biolink:affects", "biolink:causes", "localization", ""),
            "mobilizes", new Predicate("biolink:affects", "biolink:causes", "transport", "increased"),
            "combinedWith", plain("biolink:related_to"));

    /** Identifier prefixes as Biolink spells them, in the order a node's id is chosen from its identifiers. */
    static final List<String> ID_PREFERENCE = List.of("DRUGBANK", "CHEBI", "UniProtKB", "HGNC", "DOID", "MONDO", "CL",
            "UBERON", "MESH", "UNII");

    private KgxVocabulary() {
    }

    private static Predicate plain(String predicate) {
        return new Predicate(predicate, "", "", "");
    }

    public static Optional<String> category(String litkgClass) {
        return Optional.ofNullable(CATEGORIES.get(litkgClass));
    }

    public static Optional<Predicate> predicate(String litkgProperty) {
        return Optional.ofNullable(PREDICATES.get(litkgProperty));
    }

    /** {@code UniProt:P61073} as Biolink writes it: {@code UniProtKB:P61073}; {@code DrugBank:DB06809}: {@code DRUGBANK:DB06809}. */
    public static String biolinkCurie(String curie) {
        int colon = curie.indexOf(':');
        String prefix = curie.substring(0, colon);
        String local = curie.substring(colon + 1);
        for (String known : ID_PREFERENCE) {
            if (known.equalsIgnoreCase(prefix)) {
                return known + ":" + local;
            }
        }
        if (prefix.equalsIgnoreCase("UniProt")) {
            return "UniProtKB:" + local;
        }
        return prefix.toUpperCase(Locale.ROOT) + ":" + local;
    }
}
