package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.MoleculeFields;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A revision sheet's or a factbox's bullets that give a molecule's facts as fields under a heading that names it:
 * "Branch 1: CXCL12", then "- made by: stromal cells in the bone marrow" (the cells secrete it), "- binds: CXCR4 on
 * cancer cells" (it binds CXCR4) and "- blocked by: plerixafor". The heading is the fields' subject; layout reads it
 * (ReadHeadings).
 */
final class FieldBullets {

    private static final Set<String> MAKERS = MoleculeFields.MAKERS;
    private static final Set<String> PARTNERS = MoleculeFields.PARTNERS;
    private static final Set<String> BLOCKERS = MoleculeFields.BLOCKERS;
    private static final Set<String> CARRIERS = MoleculeFields.CARRIERS;
    private static final Set<EntityType> PROTEINS = NominalPatterns.PROTEINS;
    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final int LABEL_WORDS = 3;
    /** How many field lines may stand between a field and its heading. */
    private static final int FIELDS_ABOVE = 5;

    private FieldBullets() {
    }

    /** Reads sentence si, if it is one of a molecule's fields under its heading. */
    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        int colon = s.labelColon(LABEL_WORDS);
        String label = colon > 0 ? s.textOf(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!isField(label)) {
            return;
        }
        Argument molecule = heading(r, si);
        if (molecule == null) {
            return;
        }
        for (Mention m : r.mentions(si)) {
            if (m.from() <= colon || m.anaphoric()) {
                continue;
            }
            Argument named = r.argument(m, MAKERS.contains(label) ? RelationType.SECRETES.domain()
                    : CARRIERS.contains(label) ? RelationType.EXPRESSED_ON.range() : BLOCKERS.contains(label) ? DRUGS
                    : PROTEINS);
            if (named == null || named.node().equals(molecule.node())) {
                continue;
            }
            if (MAKERS.contains(label)) { // "made by: stromal cells", only the first maker: not the place after it
                r.emit(RelationType.SECRETES, List.of(named), List.of(molecule), si, m.from(), m.to(), 0, colon,
                        "field-maker", 0.7, out);
                return;
            }
            if (CARRIERS.contains(label)) { // "Found on: stem cells, T cells": the heading's receptor is on each
                r.emit(RelationType.EXPRESSED_ON, List.of(molecule), List.of(named), si, m.from(), m.to(), 0, colon,
                        "field-carrier", 0.7, out);
                continue;
            }
            RelationType relation = BLOCKERS.contains(label) ? RelationType.BLOCKS : RelationType.BINDS;
            r.emit(relation, List.of(named), List.of(molecule), si, m.from(), m.to(), 0, colon, "field-partner", 0.7,
                    out);
        }
    }

    private static boolean isField(String label) {
        return MAKERS.contains(label) || PARTNERS.contains(label) || BLOCKERS.contains(label)
                || CARRIERS.contains(label);
    }

    /** The molecule the heading above a run of field lines names, alone; else null. */
    private static Argument heading(Reading r, int si) {
        for (int k = si - 1; k >= 0 && k >= si - FIELDS_ABOVE; k--) {
            Sentence s = r.sentence(k);
            int colon = s.labelColon(LABEL_WORDS);
            if (colon > 0 && (Character.isLowerCase(s.token(0).text().charAt(0))
                    || isField(s.textOf(0, colon).toLowerCase(Locale.ROOT)))) {
                continue; // another field: "binds:", "drug:", a card's "Found on:"
            }
            List<Mention> named = r.mentions(k).stream().filter(m -> m.from() > colon && !m.anaphoric()).toList();
            return named.size() == 1 && s.size() - Math.max(0, colon + 1) <= named.get(0).to() - named.get(0).from() + 1
                    ? r.argument(named.get(0), PROTEINS) : null;
        }
        return null;
    }
}
