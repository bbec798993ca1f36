package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.WorkplaceLabels;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A form's or a statement's post field under the name of the person it is by: an election's "Candidate statement:
 * Dr. X" over "Current post: Reader in Immunology, University of Manchester". The writer ({@link Narrator}) works at
 * the institution the field names, and the work "my group" did was done there.
 */
final class FormPosts {

    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> ORGS = EnumSet.of(EntityType.ORGANIZATION);
    private static final int LABEL_WORDS = 2;

    private FormPosts() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        int colon = s.labelColon(LABEL_WORDS);
        if (colon < 0 || !WorkplaceLabels.POSTS.contains(s.textOf(0, colon).toLowerCase(Locale.ROOT))) {
            return;
        }
        List<Mention> orgs = InstitutionParts.wholes(r.mentions(si).stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION && !m.anaphoric() && m.from() > colon).toList());
        Mention writer = orgs.isEmpty() ? null : Narrator.introducedBefore(r, si);
        Argument person = writer == null ? null : r.argument(writer, PEOPLE);
        Argument place = person == null ? null : r.argument(orgs.get(orgs.size() - 1), ORGS);
        if (place != null) {
            Mention org = orgs.get(orgs.size() - 1);
            r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(place), si, 0, colon, org.from(), org.to(),
                    "narrator-post-field", 0.7, out);
        }
    }
}
