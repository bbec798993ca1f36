package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "The money goes to a laboratory at Newcastle University run by Dr. X", "the sarcoma unit at Y, headed by X": whoever
 * runs a part of an organisation works there. A study "at Y led by X" is a study's leader, read by the study patterns.
 */
final class RunUnits {

    /** Participles of running a unit: "run by", "headed by". */
    private static final Set<String> RUN_PARTICIPLES = Set.of("run", "led", "headed", "directed", "managed");
    /** How many title words may stand before the person: "Dr.", "Professor". */
    private static final int TITLE_WORDS = 2;

    private RunUnits() {
    }

    /**
     * The organisation whose unit, named right before "run by", the person runs, or where the person's own team is
     * ("Professor X's team at the Kennedy Institute"); else null.
     */
    static Mention of(Reading r, int si, Mention person) {
        Mention teamPlace = teamAt(r, si, person);
        if (teamPlace != null) {
            return teamPlace;
        }
        Sentence s = r.sentence(si);
        int by = pastTitles(r, s, person.from() - 1);
        if (!s.lower(by).equals("by") || !RUN_PARTICIPLES.contains(s.lower(by - 1))) {
            return null;
        }
        int end = s.lower(by - 2).equals(",") ? by - 3 : by - 2;
        Mention org = r.endingAt(si, end);
        org = org != null ? org : r.endingAt(si, pastPlace(s, end));
        if (org == null || org.type() != EntityType.ORGANIZATION) {
            return null;
        }
        int at = s.lower(org.from() - 1).equals("the") ? org.from() - 2 : org.from() - 1;
        String noun = s.lower(at - 1);
        boolean unit = (s.lower(at).equals("at") || s.lower(at).equals("of")) && Workplaces.UNIT_NOUNS.contains(noun)
                && !InstitutionParts.PROGRAMMES.contains(noun);
        // "a programme at Y led by Professor X, a surgical oncologist at Z": her own post, after her name, says where
        boolean ownPost = s.lower(person.to()).equals(",") && (s.lower(person.to() + 1).equals("a")
                || s.lower(person.to() + 1).equals("an"));
        return unit && !ownPost ? org : null;
    }

    /** How many words may stand between the owner's "'s" and the unit noun: "the centre's inflammation laboratory". */
    private static final int UNIT_WORDS = 3;

    /**
     * "Professor X, who runs the centre's inflammation laboratory", "X directs the institute's lab": the organisation
     * (or reference to one) whose unit the object of a running verb at {@code k} (or after "who" there) names with a
     * possessive; else null.
     */
    static Mention possessedUnitOwner(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int verb = s.lower(k).equals("who") ? k + 1 : k;
        if (!Workplaces.POST_VERBS.contains(s.lower(verb))) {
            return null;
        }
        int from = verb + 1;
        int mark = s.lower(from).equals("the") ? from + 2 : from + 1;
        Mention owner = mark < s.size() && s.token(mark).isPossessive() ? r.endingAt(si, mark - 1) : null;
        if (owner == null || owner.type() != EntityType.ORGANIZATION) {
            return null;
        }
        for (int j = mark + 1; j < Math.min(s.size(), mark + 1 + UNIT_WORDS); j++) {
            if (Workplaces.UNIT_NOUNS.contains(s.lower(j)) && !InstitutionParts.PROGRAMMES.contains(s.lower(j))) {
                return owner;
            }
        }
        return null;
    }

    /** How many words a city after the organisation may take: "in Rio de Janeiro". */
    private static final int PLACE_WORDS = 3;
    /** How many words a bracketed short form after the organisation may take: "(IPD)". */
    private static final int SHORT_FORM_WORDS = 3;

    /**
     * The organisation's last token before an aside that ends at token k: its short form in brackets and its city, as
     * in "a team at the Institut X (IX) in Lyon, led by"; else k.
     */
    static int pastPlace(Sentence s, int k) {
        int end = k;
        for (int in = k - 1; in >= Math.max(1, k - PLACE_WORDS); in--) {
            if (s.lower(in).equals("in") && s.token(in + 1).isCapitalised()) {
                end = in - 1;
                break;
            }
        }
        if (s.lower(end).equals(")")) {
            for (int open = end - 1; open >= Math.max(1, end - SHORT_FORM_WORDS - 1); open--) {
                if (s.lower(open).equals("(")) {
                    return open - 1;
                }
            }
        }
        return end;
    }

    /** The token at or before k past up to two title words and their stops ("Dr.", "Professor") before a name. */
    static int pastTitles(Reading r, Sentence s, int k) {
        int at = k;
        while (at > k - TITLE_WORDS && at > 0
                && (s.lower(at).equals(".") || r.cues.is(Category.TITLE_WORD, s.token(at).text()))) {
            at--;
        }
        return at;
    }

    /** "Professor X's team at Y": the organisation the person's own team (group, lab) is at; else null. */
    private static Mention teamAt(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        int team = person.to() + 1;
        boolean ownTeam = person.to() < s.size() && s.token(person.to()).isPossessive()
                && SurnameTeams.TEAM_NOUNS.contains(s.lower(team));
        int at = s.lower(team + 2).equals("the") ? team + 3 : team + 2;
        Mention place = ownTeam && s.lower(team + 1).equals("at") ? r.startingAt(si, at) : null;
        place = place == null && ownTeam ? placeBefore(r, si, person) : place; // "at Y in Dr. X's lab"
        return place != null && place.type() == EntityType.ORGANIZATION ? place : null;
    }

    /**
     * "She spent her career at the Francis Crick Institute in Dr. X's lab": the organisation named after "at" right
     * before "in" and the person's possessive team, which is where their team is; else null.
     */
    private static Mention placeBefore(Reading r, int si, Mention person) {
        Sentence s = r.sentence(si);
        int in = pastTitles(r, s, person.from() - 1);
        Mention place = s.lower(in).equals("in") ? r.endingAt(si, in - 1) : null;
        int at = place == null ? -1 : s.lower(place.from() - 1).equals("the") ? place.from() - 2 : place.from() - 1;
        return at > 0 && s.lower(at).equals("at") ? place : null;
    }
}
