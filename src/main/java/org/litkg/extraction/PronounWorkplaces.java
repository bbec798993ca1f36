package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "Today she runs a tumour immunology laboratory at the Francis Crick Institute": a person named before,
 * referred to by "she" or "he", works where the unit they run is, and "She is a visiting scientist from Y" at Y.
 */
final class PronounWorkplaces {

    private PronounWorkplaces() {
    }

    private static final Set<EntityType> ORGS = Set.of(EntityType.ORGANIZATION);

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 0; k + 3 < s.size(); k++) {
            int verb = s.token(k + 1).pos().equals("ADV") ? k + 2 : k + 1; // "she now runs"
            if (!PersonRoles.PERSONAL_PRONOUNS.contains(s.lower(k))) {
                continue;
            }
            int roleEnd = PersonRoles.copularRoleEnd(r, si, k + 1); // "She is a visiting scientist from Y"
            int place = roleEnd > 0 ? roleEnd : Workplaces.POST_VERBS.contains(s.lower(verb))
                    ? Workplaces.unitPlace(r, si, verb + 1) : -1;
            Mention org = place < 0 ? null : r.startingAt(si, s.lower(place + 1).equals("the") ? place + 2 : place + 1);
            Argument workplace = org == null || org.anaphoric() ? null : r.argument(org, ORGS);
            // the researcher the text titles, as for "she leads" (no one's gender is known)
            Argument person = workplace == null ? null : RelativeLeaders.titledPersonBefore(r, si, k);
            if (person != null) {
                r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(workplace), si, k, k + 1, org.from(), org.to(),
                        "pronoun-workplace", 0.7, out);
            }
        }
    }
}
