package org.litkg.document;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The labels of a record's fields that name where someone works or is treated: a patient's record's or card's "My
 * hospital:" or "Ward:", a job description's "Location:" or "Department:", a profile's "Works at:", a statement's
 * "Current post:". Layout reads such a line although it is short and has no stop ({@link #isFieldLine}); extraction
 * places the person of a field beside it there.
 */
public final class WorkplaceLabels {

    /** Where a patient is treated: the place of the clinician field under it. */
    public static final Set<String> CARE_PLACES = Set.of("hospital", "treating hospital", "clinic", "ward",
            "treatment centre", "treatment center", "specialist centre", "specialist center");
    /** Where a job is: the place of the line manager's field under it. */
    public static final Set<String> JOB_PLACES = Set.of("location", "department", "institution", "employer", "faculty",
            "school", "division", "place of work", "based at", "organisation", "organization");
    /** A profile's or a card's own workplace: "Lab: Bergstrom group, Uppsala University". */
    public static final Set<String> PROFILE_PLACES = Set.of("works at", "workplace", "affiliation", "lab", "laboratory",
            "research group");
    /** The post of the person a form or a statement is by: "Current post: Reader in Immunology, Y". */
    public static final Set<String> POSTS = Set.of("current post", "current position", "post", "position");
    /** A card's own possessives before a field's label: "My hospital:". */
    public static final Set<String> OWNERS = Set.of("my", "your");

    /** Such a field whose value names an institution: "My hospital: St James's University Hospital, Leeds". */
    private static final Pattern FIELD_LINE = Pattern.compile("^(?i:((" + String.join("|", OWNERS) + ") )?("
            + Stream.of(CARE_PLACES, JOB_PLACES, PROFILE_PLACES, POSTS).flatMap(Set::stream)
                    .collect(Collectors.joining("|")) + ")):\\s+(?=\\p{Lu}).*\\b"
            + SignatureBlocks.INSTITUTION_WORDS + "\\b.*");

    private WorkplaceLabels() {
    }

    /** Whether the line is a workplace field naming an institution. */
    static boolean isFieldLine(String body) {
        return FIELD_LINE.matcher(body).matches();
    }
}
