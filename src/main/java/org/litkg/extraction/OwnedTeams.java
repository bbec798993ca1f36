package org.litkg.extraction;

import java.util.EnumSet;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Teams the text gives an owner by name: "Dr. X and her team at Y", "Dr. X's team". A later "the team's earlier
 * trial" is that person's, where the text names one such owner and no other.
 */
final class OwnedTeams {

    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    private static final Set<String> OWNING_PRONOUNS = Set.of("his", "her", "their");

    private OwnedTeams() {
    }

    /** The one person a sentence before {@code si} names as a team's owner, as an argument; else null. */
    static Argument onlyOwnerBefore(Reading r, int si) {
        Argument owner = null;
        for (int sj = 0; sj < si; sj++) {
            Sentence s = r.sentence(sj);
            for (Mention m : r.mentions(sj)) {
                Argument person = m.type() == EntityType.PERSON && ownsTeam(s, m) ? r.argument(m, PEOPLE) : null;
                if (person != null && owner != null && !person.node().equals(owner.node())) {
                    return null; // two owners: "the team" may be either's
                }
                owner = person != null ? person : owner;
            }
        }
        return owner;
    }

    /** Whether a team follows the person's name as theirs: "X and her team", "X's team". */
    private static boolean ownsTeam(Sentence s, Mention m) {
        int k = m.to();
        boolean possessive = k < s.size() && s.token(k).isPossessive();
        boolean joined = s.lower(k).equals("and") && OWNING_PRONOUNS.contains(s.lower(k + 1));
        int noun = possessive ? k + 1 : joined ? k + 2 : -1;
        return noun > 0 && noun < s.size() && SurnameTeams.TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(noun)));
    }
}
