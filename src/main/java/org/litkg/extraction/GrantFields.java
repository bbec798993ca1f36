package org.litkg.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A grant's report or plan heads itself with fields: "Lead institution: X" or "Host institution: X", then
 * "Principal investigator: Dr. Y". The funded work is done at X, and its principal investigator holds the grant there,
 * so Y works at X, though no sentence says so.
 */
final class GrantFields {

    /** The grant's holder: "Principal investigator: X", and a fellowship's or a UK funder's "Applicant: X". */
    static final Set<String> INVESTIGATOR_LABELS = Set.of("principal investigator", "pi", "lead investigator",
            "project lead", "project leader", "applicant", "lead applicant", "principal applicant");
    /** How many words a field's label may take before its colon. */
    private static final int LABEL_WORDS = 3;
    /** The institution's field beside an applicant's, unqualified: a request form's "Institution: Y". */
    private static final Set<String> PLAIN_INSTITUTION_LABELS = Set.of("Institution", "Organisation", "Organization");
    /** How far apart the two fields may stand, in sentences: a header's few lines. */
    private static final int HEADER_REACH = 6;

    private GrantFields() {
    }

    /** Reads sentence si, if it is the principal investigator's field, as placing them at the institution's field. */
    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        int colon = s.labelColon(LABEL_WORDS);
        if (colon < 0 || !INVESTIGATOR_LABELS.contains(s.textOf(0, colon).toLowerCase(Locale.ROOT))) {
            return;
        }
        Mention investigator = firstAfter(r, si, colon, StudyPatterns.PEOPLE);
        Argument person = investigator == null ? null : r.argument(investigator, StudyPatterns.PEOPLE);
        for (int f = Math.max(0, si - HEADER_REACH); person != null && f < Math.min(r.sentenceCount(), si + HEADER_REACH); f++) {
            Sentence field = r.sentence(f);
            int fieldColon = field.labelColon(LABEL_WORDS);
            String label = fieldColon < 0 ? "" : field.textOf(0, fieldColon);
            boolean placeField = org.litkg.document.StudyFields.isInstitutionLabel(label)
                    || PLAIN_INSTITUTION_LABELS.contains(label);
            if (!placeField) {
                continue;
            }
            Mention institution = firstAfter(r, f, fieldColon, StudyPatterns.ORGS);
            Argument place = institution == null ? null : r.argument(institution, StudyPatterns.ORGS);
            if (place != null && place.node().type() == EntityType.ORGANIZATION) {
                r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(place), si, investigator.from(),
                        investigator.to(), 0, colon, "grant-investigator-institution", 0.7, out);
            }
            return;
        }
    }

    private static Mention firstAfter(Reading r, int si, int colon, Set<EntityType> types) {
        for (Mention m : r.mentions(si)) {
            if (m.from() > colon && !m.anaphoric() && types.contains(m.type())) {
                return m;
            }
        }
        return null;
    }
}
