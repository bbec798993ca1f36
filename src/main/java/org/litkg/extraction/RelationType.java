package org.litkg.extraction;

import java.util.EnumSet;
import java.util.Set;
import org.litkg.recognition.EntityType;

/**
 * The relations litkg reads, each an object property of {@code ontology/litkg.ttl} with the entity
 * types its subject and object may have. A candidate whose arguments do not fit is not a relation.
 */
public enum RelationType {
    BLOCKS("blocks", drugs(), proteins(), false),
    BINDS("binds", EnumSet.of(EntityType.PROTEIN, EntityType.CHEMOKINE, EntityType.RECEPTOR, EntityType.DRUG), proteins(), false),
    SECRETES("secretes", EnumSet.of(EntityType.CANCER, EntityType.DISEASE, EntityType.CELL_TYPE, EntityType.TISSUE),
            EnumSet.of(EntityType.CHEMOKINE, EntityType.PROTEIN), false),
    PUBLISHED_IN("publishedIn", EnumSet.of(EntityType.STUDY, EntityType.CLINICAL_TRIAL), EnumSet.of(EntityType.JOURNAL), false),
    APPROVED_BY("approvedBy", EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS), EnumSet.of(EntityType.REGULATORY_AGENCY), false),
    SEQUESTERS("sequesters", EnumSet.of(EntityType.CANCER, EntityType.DISEASE, EntityType.TISSUE, EntityType.CHEMOKINE,
            EntityType.CELL_TYPE), cells(), false), // "cancer-associated fibroblasts hold CD8 T cells in the stroma"
    MOBILIZES("mobilizes", drugs(), cells(), false),
    COMBINED_WITH("combinedWith", drugs(), drugs(), true),
    CONDUCTED_BY("conductedBy", EnumSet.of(EntityType.STUDY, EntityType.CLINICAL_TRIAL),
            EnumSet.of(EntityType.ORGANIZATION, EntityType.REGULATORY_AGENCY), false),
    LED_BY("ledBy", EnumSet.of(EntityType.STUDY, EntityType.CLINICAL_TRIAL, EntityType.ORGANIZATION), EnumSet.of(EntityType.PERSON), false),
    AFFILIATED_WITH("affiliatedWith", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.ORGANIZATION, EntityType.REGULATORY_AGENCY), false),
    EXPRESSED_ON("expressedOn", EnumSet.of(EntityType.RECEPTOR, EntityType.PROTEIN), cells(), false);

    private final String property;
    private final Set<EntityType> domain;
    private final Set<EntityType> range;
    private final boolean symmetric;

    RelationType(String property, Set<EntityType> domain, Set<EntityType> range, boolean symmetric) {
        this.property = property;
        this.domain = domain;
        this.range = range;
        this.symmetric = symmetric;
    }

    private static Set<EntityType> drugs() {
        return EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    }

    /** Cell types, and a cancer's own cells ("CXCR4 on leukaemia cells"), which litkg types as the cancer. */
    private static Set<EntityType> cells() {
        return EnumSet.of(EntityType.CELL_TYPE, EntityType.CANCER);
    }

    private static Set<EntityType> proteins() {
        return EnumSet.of(EntityType.PROTEIN, EntityType.RECEPTOR, EntityType.CHEMOKINE);
    }

    /** The local name of the ontology property, e.g. "blocks" for lkg:blocks. */
    public String property() {
        return property;
    }

    public boolean allowsSubject(EntityType t) {
        return domain.contains(t);
    }

    public boolean allowsObject(EntityType t) {
        return range.contains(t);
    }

    public Set<EntityType> domain() {
        return domain;
    }

    public Set<EntityType> range() {
        return range;
    }

    /** A symmetric relation is stored once, subject and object in IRI order. */
    public boolean symmetric() {
        return symmetric;
    }

    public static RelationType byProperty(String property) {
        for (RelationType r : values()) {
            if (r.property.equals(property) || r.name().equalsIgnoreCase(property)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + property + "'; known: "
                + java.util.Arrays.stream(values()).map(RelationType::property).toList());
    }
}
