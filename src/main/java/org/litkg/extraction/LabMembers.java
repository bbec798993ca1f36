package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "first author Dr. Kofi Mensah-Larsen, a postdoctoral fellow in Fashola-Reyes's laboratory": a member of a person's
 * laboratory, group or team works where the text has said that person works.
 */
final class LabMembers {

    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    /** How far after the member's name the owner's possessive may be: ", a postdoctoral fellow in X's". */
    private static final int REACH = 8;

    private LabMembers() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            if (m.type() != EntityType.PERSON || m.anaphoric() || !s.lower(m.to()).equals(",")) {
                continue;
            }
            for (int k = m.to() + 1; k < Math.min(s.size() - 2, m.to() + REACH); k++) {
                if (s.token(k).isPunctuation()) {
                    break; // the description ends
                }
                Mention owner = s.lower(k).equals("in") ? r.startingAt(si, k + 1) : null;
                boolean possessed = owner != null && owner.type() == EntityType.PERSON && s.token(owner.to()).isPossessive()
                        && SurnameTeams.TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(owner.to() + 1)));
                Argument person = possessed ? r.argument(m, PEOPLE) : null;
                Argument head = possessed ? r.argument(owner, PEOPLE) : null;
                List<Argument> places = head == null ? List.of() : workplacesOf(head, out);
                if (person != null && !places.isEmpty() && !person.node().equals(head.node())) {
                    r.emit(RelationType.AFFILIATED_WITH, List.of(person), places, si, m.from(), m.to(), owner.from(),
                            owner.to() + 2, "person-lab-member", 0.7, out);
                }
            }
        }
    }

    /** Where the text, so far, has said the person works. */
    private static List<Argument> workplacesOf(Argument person, List<Statement> out) {
        return StatementArguments.objects(out, st -> st.relation() == RelationType.AFFILIATED_WITH
                && !st.evidence().negated() && st.subject().equals(person.node()));
    }
}
