package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;

/**
 * Workplaces a possessive names: "sitting in the small lab her company, Tidewater Bio, rents", "his employer, the X
 * Institute", a correction's "Her correct affiliation is Y", "her lab in the Department of Y": the person "her" or
 * "his" stands for works at the organisation named right after the noun.
 */
final class PossessedWorkplaces {

    /**
     * Nouns for a place someone works at, which the organisation's name may follow ("her company, X") or which stands
     * for the organisation named before ("the board's chief pharmacist", {@link RolesBeforePeople}).
     */
    static final Set<String> WORKPLACE_NOUNS = Set.of("company", "firm", "startup", "start-up", "employer",
            "institute", "university", "hospital", "laboratory", "lab", "charity", "foundation", "board", "trust",
            "agency", "council", "centre", "center", "society");
    private static final Set<EntityType> ORGANISATIONS = EnumSet.of(EntityType.ORGANIZATION);

    private PossessedWorkplaces() {
    }

    /** Words that say which of a person's affiliations is meant: "Her correct affiliation is Y". */
    private static final Set<String> AFFILIATION_MODIFIERS = Set.of("correct", "current", "new", "actual", "present",
            "primary", "full");

    /** The token after "is" in "her (correct) affiliation is Y" with the possessive at k, else -1. */
    private static int statedAffiliation(Sentence s, int k) {
        int noun = AFFILIATION_MODIFIERS.contains(s.lower(k + 1)) ? k + 2 : k + 1;
        return s.lower(noun).equals("affiliation") && s.lower(noun + 1).equals("is") ? noun + 2 : -1;
    }

    /**
     * "her lab in the X Institute", "her group at Y": the token after "in" or "at" where the possessive at k opens a
     * team placed at an organisation; else -1.
     */
    static int teamPlaceAt(Sentence s, int k) {
        return StudyPossessors.PERSON_POSSESSIVES.contains(s.lower(k)) ? placeAfterTeam(s, k) : -1;
    }

    /** "Dr. X's group in the Division of Y": as {@link #teamPlaceAt}, for a named person's possessive at k. */
    static int namedTeamPlaceAt(Reading r, int si, int k) {
        org.litkg.recognition.Mention owner = r.sentence(si).token(k).isPossessive() ? r.endingAt(si, k - 1) : null;
        return owner != null && owner.type() == EntityType.PERSON ? placeAfterTeam(r.sentence(si), k) : -1;
    }

    /** Verbs of starting one's own group somewhere, where one is not yet: "leaves us to start his own group at Y". */
    static final java.util.Set<String> STARTING = java.util.Set.of("start", "starts", "starting", "open", "opens",
            "build", "set", "found");

    /** The token after "in" or "at" where a team noun follows the possessive at k ("lab in the", "group at"); else -1. */
    private static int placeAfterTeam(Sentence s, int k) {
        if (s.lower(k + 1).equals("own") && STARTING.contains(s.lower(k - 1))) {
            return -1; // "leaves us to start his own group at Y": not there yet
        }
        int team = s.lower(k + 1).equals("own") ? k + 2 : k + 1; // "her own team at the University of Bergen"
        return SurnameTeams.TEAM_NOUNS.contains(s.lower(team))
                && (s.lower(team + 1).equals("in") || s.lower(team + 1).equals("at")) ? team + 2 : -1;
    }

    /** Emits each "her company, X" of the sentence and hands the person and the place to {@code remember}. */
    static void read(Reading r, int si, BiConsumer<Argument, Argument> remember, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 0; k + 2 < s.size(); k++) {
            int stated = statedAffiliation(s, k);
            int teamAt = Math.max(teamPlaceAt(s, k), namedTeamPlaceAt(r, si, k));
            boolean team = teamAt > 0; // "her lab in the Department of X", "her own team at Y"
            if (!StudyPossessors.PERSON_POSSESSIVES.contains(s.lower(k)) && !team
                    || !WORKPLACE_NOUNS.contains(s.lower(k + 1)) && stated < 0 && !team) {
                continue;
            }
            // "her company, Tidewater Bio,"
            int at = stated > 0 ? stated : team ? teamAt : s.lower(k + 2).equals(",") ? k + 3 : k + 2;
            at = s.lower(at).equals("the") ? at + 1 : at;
            org.litkg.recognition.Mention named = r.startingAt(si, at);
            Argument place = named == null ? null : r.argument(named, ORGANISATIONS);
            Argument person = place == null ? null : r.possessor(si, k);
            if (person != null) {
                remember.accept(person, place);
                r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(place), si, k, k + 1, named.from(),
                        named.to(), "person-possessed-workplace", 0.7, out);
            }
        }
    }
}
