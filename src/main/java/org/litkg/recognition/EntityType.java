package org.litkg.recognition;

import java.util.Locale;

/**
 * The entity types litkg recognises, each named after its class in {@code ontology/litkg.ttl}.
 *
 * <p>Types group into kinds: one real-world thing gets one IRI per kind, so a name typed Receptor
 * in one sentence and Protein in another is still one entity, and the more specific type wins.
 */
public enum EntityType {
    DRUG("Drug", Kind.DRUG, 1),
    DRUG_CLASS("DrugClass", Kind.DRUG_CLASS, 1),
    PROTEIN("Protein", Kind.PROTEIN, 1),
    RECEPTOR("Receptor", Kind.PROTEIN, 2),
    CHEMOKINE("Chemokine", Kind.PROTEIN, 2),
    DISEASE("Disease", Kind.DISEASE, 1),
    CANCER("Cancer", Kind.DISEASE, 2),
    CELL_TYPE("CellType", Kind.CELL_TYPE, 1),
    TISSUE("Tissue", Kind.TISSUE, 1),
    STUDY("Study", Kind.STUDY, 1),
    CLINICAL_TRIAL("ClinicalTrial", Kind.CLINICAL_TRIAL, 1),
    JOURNAL("Journal", Kind.JOURNAL, 1),
    ORGANIZATION("Organization", Kind.ORGANIZATION, 1),
    REGULATORY_AGENCY("RegulatoryAgency", Kind.ORGANIZATION, 2),
    PERSON("Person", Kind.PERSON, 1);

    /** Identity domains: entities of one kind share an IRI namespace and may merge. */
    public enum Kind {
        DRUG, DRUG_CLASS, PROTEIN, DISEASE, CELL_TYPE, TISSUE, STUDY, CLINICAL_TRIAL, JOURNAL, ORGANIZATION, PERSON;

        /** The IRI path segment: https://w3id.org/litkg/id/{segment}/{name}. */
        public String segment() {
            return name().toLowerCase(Locale.ROOT).replace("_", "-");
        }
    }

    private final String className;
    private final Kind kind;
    private final int specificity;

    EntityType(String className, Kind kind, int specificity) {
        this.className = className;
        this.kind = kind;
        this.specificity = specificity;
    }

    /** The local name of the ontology class, e.g. "Receptor" for lkg:Receptor. */
    public String className() {
        return className;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Of two types of one kind, the more specific (Receptor over Protein, Cancer over Disease); of
     * two equally specific, the one declared first. Commutative, so folding the types of many
     * readings gives one answer in any order: within a document, across a corpus, on many machines.
     */
    public EntityType moreSpecific(EntityType other) {
        if (other.kind != kind) {
            throw new IllegalArgumentException(this + " and " + other + " are of different kinds");
        }
        if (other.specificity != specificity) {
            return other.specificity > specificity ? other : this;
        }
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** Parses a type by its class name or constant name, with an error that lists the known ones. */
    public static EntityType parse(String name) {
        for (EntityType t : values()) {
            if (t.className.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        StringBuilder known = new StringBuilder();
        for (EntityType t : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(t.className);
        }
        throw new IllegalArgumentException("unknown entity type '" + name + "'; known types: " + known);
    }
}
