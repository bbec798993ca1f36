package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A profile's finding field, told of the person its name field or its heading line names: an academic family tree's
 * "Name: X" over "Known for: showing, with colleagues at Y, that ... (J, 2019)", an expert finder's "Dr X - Senior
 * Lecturer, Y" over "Recent work: showed that ...". The study the field reports is the named person's, as "X is known
 * for showing that ..." would make it; a study the field already has a leader for keeps that one.
 */
final class ProfileFindings {

    /** Labels of a field that tells what its person found. */
    private static final Set<String> FINDING_LABELS = Set.of("known for", "notable for", "key finding",
            "key findings", "notable work", "major finding", "major findings", "recent work", "recent findings");
    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    private static final int LABEL_WORDS = 3;
    /** How many sentences above the finding the name field may stand: the fields of one profile. */
    private static final int FIELDS_APART = 6;
    private static final double CONFIDENCE = 0.7;
    /** How a profile's person is made the leader of the study its finding field reports. */
    static final String METHOD = "profile-finding";

    private ProfileFindings() {
    }

    /** Adds, for each study a finding field reports with no leader, the profile's named person as its leader. */
    static void lead(Reading r, List<Statement> found) {
        List<Statement> added = new ArrayList<>();
        for (Statement st : found) {
            Evidence at = st.evidence();
            if (!(st.subject() instanceof Node.StudyNode) || at.negated() || led(found, st.subject())
                    || led(added, st.subject()) || !FINDING_LABELS.contains(label(r.sentence(at.sentenceIndex())))) {
                continue;
            }
            Mention person = namedPerson(r, at.sentenceIndex());
            Argument leader = person == null ? null : r.argument(person, PEOPLE);
            if (leader != null) {
                added.add(new Statement(RelationType.LED_BY, new Evidence(at.sentenceIndex(), at.sentence(),
                        at.sentenceText(), at.subject(), leader, at.trigger(), at.triggerText(), METHOD,
                        CONFIDENCE, false, false)));
            }
        }
        found.addAll(added);
    }

    /**
     * The one person of the nearest name field above sentence si, within a profile's fields, or of the profile's
     * heading line, which opens with the person and their post ("Dr X - Senior Lecturer, Y"); else null.
     */
    private static Mention namedPerson(Reading r, int si) {
        for (int k = si - 1; k >= Math.max(0, si - FIELDS_APART); k--) {
            List<Mention> people = r.mentions(k).stream()
                    .filter(m -> m.type() == EntityType.PERSON && !m.anaphoric()).toList();
            if (WorkplaceFields.NAMES.contains(label(r.sentence(k)))) {
                return people.size() == 1 ? people.get(0) : null;
            }
            if (people.size() == 1 && PersonRoles.apposedAfter(r.sentence(k), people.get(0))
                    && people.get(0).from() <= LABEL_WORDS) {
                return people.get(0); // the profile's heading: "Dr X - Senior Lecturer, Cardiff University"
            }
        }
        return null;
    }

    private static boolean led(List<Statement> found, Node study) {
        return found.stream().anyMatch(st -> st.relation() == RelationType.LED_BY && st.subject().equals(study)
                && !st.evidence().negated());
    }

    /** The sentence's field label before its colon, lower case; empty where it opens with none. */
    private static String label(Sentence s) {
        int colon = s.labelColon(LABEL_WORDS);
        return colon > 0 ? WorkplaceFields.label(s, colon) : "";
    }
}
