package org.litkg.document;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A protocol synopsis's or a registry page's labelled fields that say where a study ran and what it is called:
 * "Participating sites: X (Lyon); Y (Grenoble)", "Short title: ASTER-RA". Layout reads such a line although it is
 * short and has no stop; recognition takes the acronym for a trial's name, and extraction has the sites conduct it.
 */
public final class StudyFields {

    private static final Set<String> SITE_LABELS = Set.of("participating sites", "study sites", "trial sites",
            "recruiting sites", "sites", "site", "study site", "trial site", "participating centres", "participating centers",
            "study centres", "study centers", "trial centres", "trial centers", "recruiting centres", "recruiting centers",
            "centres", "centers");
    /** A grant's own institution, where the funded work is done and its principal investigator works: "Lead institution: X". */
    private static final Set<String> INSTITUTION_LABELS = java.util.stream.Stream.of("lead", "host", "applicant",
            "administering").flatMap(role -> java.util.stream.Stream.of("institution", "organisation", "organization")
            .map(noun -> role + " " + noun)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** A trial listing's field of where it runs, a site label only beside its investigator's field: "Where:". */
    private static final Set<String> LISTING_PLACE_LABELS = Set.of("where", "location", "locations");
    /** A trial listing's field of who leads it: "Chief investigator: Professor X, Y". */
    private static final Set<String> LEADER_LABELS = Set.of("chief investigator", "principal investigator",
            "lead investigator", "coordinating investigator", "lead doctor", "lead clinician", "lead researcher");
    /** A trial listing's field of the drugs it gives together: "Drugs: AZD5069 with durvalumab". */
    private static final Set<String> REGIMEN_LABELS = Set.of("drugs", "treatment", "treatments", "intervention",
            "interventions", "study drugs", "regimen");
    private static final Pattern TOGETHER = Pattern.compile(".*\\S (with|plus|and|\\+) \\S.*");
    private static final Set<String> ACRONYM_LABELS = Set.of("short title", "acronym", "study acronym", "trial acronym",
            "study name", "trial name");
    private static final Pattern FIELD = Pattern.compile("^(?<label>\\p{L}[\\p{L} ]{2,30}):\\s+(?<value>\\S.*)$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]+(-[A-Z0-9]+)*\\s*");
    /** A register's or a form's field that names its study and says what it tests: "Trial: X, a trial of A with B". */
    private static final Set<String> DESCRIBED_STUDY_LABELS = Set.of("trial", "study", "title", "trial title",
            "study title");
    private static final Pattern DESCRIBED_STUDY = Pattern.compile(".*\\b(trial|study) (of|testing|comparing)\\b.*");

    private StudyFields() {
    }

    /** Whether a field's label (before its colon) lists a study's sites: "Participating sites". */
    public static boolean isSiteLabel(String label) {
        return SITE_LABELS.contains(label.toLowerCase(Locale.ROOT)) || isInstitutionLabel(label);
    }

    /** Whether a field's label (before its colon) says where a listed trial runs: "Where", "Locations". */
    public static boolean isListingPlaceLabel(String label) {
        return LISTING_PLACE_LABELS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Whether a field's label (before its colon) names who leads a trial: "Chief investigator". */
    public static boolean isLeaderLabel(String label) {
        return LEADER_LABELS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Whether a field's label (before its colon) names a grant's own institution: "Lead institution", "Host institution". */
    public static boolean isInstitutionLabel(String label) {
        return INSTITUTION_LABELS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Whether a field's label (before its colon) gives a study's acronym: "Short title", "Acronym". */
    public static boolean isAcronymLabel(String label) {
        return ACRONYM_LABELS.contains(label.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a line is such a field: sites that name an institution, a listing's place, drugs given together, or an
     * acronym alone.
     */
    static boolean isFieldLine(String body) {
        Matcher m = FIELD.matcher(body);
        if (!m.matches()) {
            return false;
        }
        String label = m.group("label");
        String lower = label.toLowerCase(Locale.ROOT);
        return isSiteLabel(label) && SignatureBlocks.INSTITUTION.matcher(m.group("value")).find()
                || LISTING_PLACE_LABELS.contains(lower) // "Where: The Christie, Manchester", beside a leader's field
                || REGIMEN_LABELS.contains(lower) && TOGETHER.matcher(m.group("value")).matches()
                || isAcronymLabel(label) && ACRONYM.matcher(m.group("value")).matches()
                || DESCRIBED_STUDY_LABELS.contains(lower)
                && DESCRIBED_STUDY.matcher(m.group("value")).matches();
    }
}
