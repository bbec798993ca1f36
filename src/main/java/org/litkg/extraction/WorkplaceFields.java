package org.litkg.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.StudyFields;
import org.litkg.document.WorkplaceLabels;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Fields of a record that name a person and, in a field beside, the place the person works. A patient's record or card
 * names the clinicians who treat the patient: a ward round's "Consultant: Mr. X" under the hospital's name, a discharge
 * summary's "Consultant: Dr. X" under "Ward: Acute Medical Unit, St Mary's Hospital", an alert card's "My consultant:
 * Dr. X" under "My hospital: Y"; they work at the hospital its place field just above names, or else at the letterhead
 * ({@link Letterheads}). A trial's visit agenda or report names its one site and its investigator ("Site: Y" beside
 * "Principal investigator: Dr. X"), who works at the site. A job description's "Reports to: Dr. X, Group Leader" works
 * where its "Location:" or "Department:" field above says the job is. A "GP:" or "My doctor:" field is left alone, as a
 * family doctor works elsewhere, and so is a list of sites, where the investigator's own is not said. A card's or a
 * profile's "Name: X" works at the one institution its "Lab:" or "Affiliation:" field names.
 */
final class WorkplaceFields {

    /** The clinicians' labels, without the card's "My" or "Your". */
    private static final Set<String> CLINICIANS = Set.of("consultant", "named consultant", "registrar", "attending",
            "attending physician", "specialist nurse", "clinical nurse specialist");
    /** The labels of a site's own investigator, beside a trial's chief's (StudyFields) and a grant's (GrantFields). */
    private static final Set<String> SITE_INVESTIGATORS = Set.of("site pi", "site principal investigator",
            "local principal investigator", "local investigator");
    /** A job's line manager, who works where the job is: "Reports to: Dr. X, Group Leader". */
    private static final Set<String> MANAGERS = Set.of("reports to", "line manager", "responsible to",
            "accountable to");
    /** A card's or a profile's own name field, whose person works where its workplace field says. */
    static final Set<String> NAMES = Set.of("name", "full name");
    /** A thesis form's student, who works where its "Department:" field beside says: "Candidate: X". */
    private static final Set<String> CANDIDATES = Set.of("candidate");
    private static final int LABEL_WORDS = 4;
    /** How many sentences from the person's field the place's may stand: the fields of one header. */
    private static final int FIELDS_APART = 3;

    private WorkplaceFields() {
    }

    /** The end of a clinician's or an investigator's label opening the sentence ("My consultant:", "PI:"), else -1. */
    static int labelEnd(Sentence s) {
        int colon = s.labelColon(LABEL_WORDS);
        String label = colon > 0 ? label(s, colon) : "";
        return isClinician(label) || isInvestigator(label) || MANAGERS.contains(label) || NAMES.contains(label)
                || CANDIDATES.contains(label) ? colon + 1 : -1;
    }

    /** Whether the sentence opens with a clinician's label, whose holder works at the record's letterhead. */
    static boolean isClinicianField(Sentence s) {
        int colon = s.labelColon(LABEL_WORDS);
        return colon > 0 && isClinician(label(s, colon));
    }

    /**
     * The workplace the field beside sentence si names, if si is a clinician's, a line manager's or an investigator's
     * field: the hospital, or the job's institution, of the nearest place field above within a header's few fields
     * ("My hospital: St James's University Hospital, Leeds"), past the units of one ("Ward: Acute Medical Unit, St
     * Mary's Hospital"); the one institution of a site field above or below; else null.
     */
    static Mention placeOf(Reading r, int si) {
        Sentence s = r.sentence(si);
        int colon = s.labelColon(LABEL_WORDS);
        if (colon < 0) {
            return null;
        }
        String label = label(s, colon);
        if (isClinician(label) || MANAGERS.contains(label)) {
            for (int above = si - 1; above >= 0 && above >= si - FIELDS_APART; above--) {
                Set<String> labels = isClinician(label) ? WorkplaceLabels.CARE_PLACES : WorkplaceLabels.JOB_PLACES;
                List<Mention> places = places(r, above, labels::contains);
                if (places != null) {
                    return places.isEmpty() ? null : places.get(0);
                }
            }
        } else if (NAMES.contains(label) || CANDIDATES.contains(label)) {
            // a networking card's "Name: X" over "Lab: Bergstrom group, Uppsala University": the one institution named
            for (int k = Math.max(0, si - FIELDS_APART); k < Math.min(r.sentenceCount(), si + FIELDS_APART + 1); k++) {
                List<Mention> places = places(r, k, WorkplaceFields::isOwnPlaceLabel);
                if (places != null) {
                    return places.size() == 1 ? places.get(0) : null;
                }
            }
        } else if (isInvestigator(label)) {
            for (int k = Math.max(0, si - FIELDS_APART); k < Math.min(r.sentenceCount(), si + FIELDS_APART + 1); k++) {
                // one site of its own: "Site: Y", a trial finder's "Where: Y"
                List<Mention> sites = places(r, k, WorkplaceFields::isSiteOrPlace);
                if (sites != null) {
                    return sites.size() == 1 ? sites.get(0) : null;
                }
            }
        }
        return null;
    }

    /** The institutions a field of sentence si names, if its label is one of {@code labels}; else null. */
    private static List<Mention> places(Reading r, int si, java.util.function.Predicate<String> labels) {
        Sentence s = r.sentence(si);
        int colon = s.labelColon(LABEL_WORDS);
        if (colon < 0 || !labels.test(label(s, colon))) {
            return null;
        }
        return InstitutionParts.wholes(r.mentions(si).stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION && !m.anaphoric() && m.from() > colon).toList());
    }

    private static boolean isSiteOrPlace(String label) {
        return StudyFields.isSiteLabel(label) || StudyFields.isListingPlaceLabel(label);
    }

    private static boolean isOwnPlaceLabel(String label) {
        return WorkplaceLabels.PROFILE_PLACES.contains(label) || WorkplaceLabels.JOB_PLACES.contains(label);
    }

    private static boolean isClinician(String label) {
        return CLINICIANS.contains(label);
    }

    private static boolean isInvestigator(String label) {
        return SITE_INVESTIGATORS.contains(label) || StudyFields.isLeaderLabel(label)
                || GrantFields.INVESTIGATOR_LABELS.contains(label);
    }

    /** The field's label before its colon, lower case, without an opening "My" or "Your". */
    static String label(Sentence s, int colon) {
        int from = WorkplaceLabels.OWNERS.contains(s.lower(0)) ? 1 : 0;
        return s.textOf(from, colon).toLowerCase(Locale.ROOT);
    }
}
