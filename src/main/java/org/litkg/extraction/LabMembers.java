package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "first author Dr. Kofi Mensah-Larsen, a postdoctoral fellow in Fashola-Reyes's laboratory": a member of a person's
 * laboratory, group or team works where the text has said that person works; "in his laboratory" is the laboratory of
 * the person named before the member, and "in our lab" the writer's.
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
            int start = m.to() + 1;
            while (r.cues.is(Cues.Category.DEGREE, s.lower(start)) && s.lower(start + 1).equals(",")) {
                start += 2; // "Grace Adeyemi-Holt, PhD, a postdoctoral fellow in his laboratory"
            }
            for (int k = start; k < Math.min(s.size() - 2, start + REACH); k++) {
                if (s.token(k).isPunctuation()) {
                    break; // the description ends
                }
                Mention owner = s.lower(k).equals("in") ? r.startingAt(si, k + 1) : null;
                boolean possessed = owner != null && owner.type() == EntityType.PERSON && s.token(owner.to()).isPossessive()
                        && SurnameTeams.TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(owner.to() + 1)));
                Argument head = possessed ? r.argument(owner, PEOPLE) : null;
                if (!possessed && s.lower(k).equals("in") && PRONOUNS.contains(s.lower(k + 1))
                        && SurnameTeams.TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(k + 2)))) {
                    // "The team, led by X, ..., and first author Y, a fellow in his laboratory": the person named before
                    head = r.leftOf(si, m.from(), m.from(), PEOPLE, new int[2]);
                }
                if (!possessed && s.lower(k).equals("in") && s.lower(k + 1).equals("our")
                        && SurnameTeams.TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(k + 2)))) {
                    head = Narrator.writer(r, si, k + 1); // "Y, a PhD student in our lab": the writer's laboratory
                }
                Argument person = head != null ? r.argument(m, PEOPLE) : null;
                List<Argument> places = head == null ? List.of() : workplacesOf(head, out);
                if (person != null && !places.isEmpty() && !person.node().equals(head.node())) {
                    int teamEnd = possessed ? owner.to() + 2 : k + 3; // "in X's laboratory", "in his laboratory"
                    r.emit(RelationType.AFFILIATED_WITH, List.of(person), places, si, m.from(), m.to(), k + 1, teamEnd,
                            "person-lab-member", 0.7, out);
                }
            }
        }
    }

    /** How far after "I am" the lab's "in" may stand: "I am a second-year PhD student in". */
    private static final int SELF_REACH = 8;

    /**
     * The head of the lab the text's writer says they belong to, in sentence si or before: "I am a PhD student in
     * Professor X's lab at the University of Bergen" makes X the head of what the writer calls "our lab"; else null.
     */
    static Argument writersHead(Reading r, int si) {
        for (int sj = 0; sj <= si; sj++) {
            int[] at = selfInLab(r, sj);
            if (at != null) {
                return r.argument(r.startingAt(sj, at[0]), PEOPLE);
            }
        }
        return null;
    }

    /** Whether the text says whose "our" team is: the head of the writer's lab, or the writer a signature names. */
    static boolean ourHeadSaid(Reading r, int si) {
        return writersHead(r, si) != null || Narrator.introducedBefore(r, si) != null;
    }

    /**
     * In sentence si, "I am a ... in X's lab", or a leaver's "After six years in X's group I am moving": the head's
     * first token and the team noun's, or null.
     */
    private static int[] selfInLab(Reading r, int si) {
        Sentence s = r.sentence(si);
        boolean leaving = s.lower(0).equals("after") && Narrator.DAYS.contains(s.lower(2)) && s.lower(3).equals("in");
        if (leaving && s.tokens().stream().anyMatch(t -> t.text().equals("I"))) {
            int[] head = headsTeam(r, si, 3);
            if (head != null) {
                return head;
            }
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            boolean iAm = s.token(i).text().equals("I") && (s.lower(i + 1).equals("am") || s.lower(i + 1).equals("'m"))
                    || s.token(i).text().equals("I'm") || s.token(i).text().equals("I’m");
            for (int k = i + 1; iAm && k < Math.min(s.size() - 3, i + SELF_REACH); k++) {
                int[] head = headsTeam(r, si, k); // "in Professor X's lab"
                if (head != null) {
                    return head;
                }
            }
        }
        return null;
    }

    /**
     * "in (Professor) X's lab" at token k of sentence si: the head's first token and the team noun's; "in the lab of
     * (Professor) X": the head's first and last tokens; or null.
     */
    private static int[] headsTeam(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        boolean ofHead = s.lower(k).equals("in") && s.lower(k + 1).equals("the") && s.lower(k + 3).equals("of")
                && SurnameTeams.TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(k + 2)));
        Mention named = ofHead ? r.startingAt(si, Narrator.afterTitles(r, s, k + 4)) : null;
        if (named != null && named.type() == EntityType.PERSON && !named.anaphoric()) {
            return new int[] {named.from(), named.to() - 1};
        }
        Mention head = s.lower(k).equals("in") ? r.startingAt(si, Narrator.afterTitles(r, s, k + 1)) : null;
        boolean person = head != null && head.type() == EntityType.PERSON && !head.anaphoric();
        boolean team = person && s.token(head.to()).isPossessive()
                && SurnameTeams.TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(head.to() + 1)));
        return team ? new int[] {head.from(), head.to() + 1} : null;
    }

    /**
     * "Report by X, PhD student. I am a PhD student in Professor Y's lab at Z": the writer works where the lab's head
     * does.
     */
    static void writerInLab(Reading r, int si, List<Statement> out) {
        int[] at = selfInLab(r, si);
        Mention writer = at == null ? null : Narrator.introducedBefore(r, si);
        Argument person = writer == null ? null : r.argument(writer, PEOPLE);
        Argument head = person == null ? null : r.argument(r.startingAt(si, at[0]), PEOPLE);
        List<Argument> places = head == null ? List.of() : workplacesOf(head, out);
        if (!places.isEmpty() && !person.node().equals(head.node())) {
            r.emit(RelationType.AFFILIATED_WITH, List.of(person), places, si, at[0], at[1], at[0], at[1] + 1,
                    "person-lab-member", 0.7, out);
        }
        List<Argument> writers = head == null || !places.isEmpty() ? List.of() : Narrator.placesSaid(person, out);
        // "my last day at Y. After six years in X's lab": the head works where the writer does
        if (!writers.isEmpty() && !person.node().equals(head.node())) {
            r.emit(RelationType.AFFILIATED_WITH, List.of(head), writers, si, at[0], at[1], at[0], at[1] + 1,
                    "person-lab-head", 0.7, out);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("his", "her");
    private static final Set<String> TEAM_DETERMINERS = Set.of("the", "his", "her", "their");
    private static final Set<String> TEAM_NOUNS = Set.of("lab", "laboratory", "team", "group");

    /**
     * The token after "and the lab" (or "her team", "the group") right after a person's name ending at k, where the
     * workplace that follows is the person's too: "Dr. X and the lab at the University of Y are delighted", "to Dr X
     * and everyone at Y"; else k.
     */
    static int pastJoinedTeam(Sentence s, int k) {
        boolean joined = s.lower(k).equals("and") && TEAM_DETERMINERS.contains(s.lower(k + 1))
                && TEAM_NOUNS.contains(s.lower(k + 2)) && s.lower(k + 3).equals("at");
        // a speech's thanks "to Dr X and everyone at Y": the people there, X among them
        boolean everyone = s.lower(k).equals("and") && EVERYONE.contains(s.lower(k + 1)) && s.lower(k + 2).equals("at");
        return joined ? k + 3 : everyone ? k + 2 : pastFindingWithColleagues(s, k);
    }

    private static final Set<String> COLLEAGUES = Set.of("colleagues", "collaborators", "co-workers", "coworkers");
    private static final Set<String> OWNERS = Set.of("her", "his", "their");

    /**
     * The "at" of "X showed, with colleagues at Y, that" or a profile's "X is known for showing, with her colleagues
     * at Y, that", after the person's name at k: the finding is X's study, and the colleagues' place is X's own, as
     * in "X and colleagues at Y showed"; else k.
     */
    static int pastFindingWithColleagues(Sentence s, int k) {
        boolean knownFor = s.lower(k).equals("is") && s.lower(k + 1).equals("known") && s.lower(k + 2).equals("for");
        int verb = knownFor ? k + 3 : k;
        boolean found = verb < s.size() && LeaderCues.FINDING_VERBS.contains(s.token(verb).lemma());
        if (!found || !s.lower(verb + 1).equals(",") || !s.lower(verb + 2).equals("with")) {
            return k;
        }
        int noun = OWNERS.contains(s.lower(verb + 3)) ? verb + 4 : verb + 3;
        return COLLEAGUES.contains(s.lower(noun)) && s.lower(noun + 1).equals("at") ? noun + 1 : k;
    }

    /** Words for all the people of a place: "X and everyone at Y", "X and all at Y". */
    private static final Set<String> EVERYONE = Set.of("everyone", "everybody", "all");

    /** How far after a person's name the writer's group and its place may be: "X for six years, first as a ...". */
    private static final int GROUP_REACH = 24;
    /** Words that make the person named before a member of the group after: "as a postdoc in my group", "joined". */
    private static final Set<String> MEMBERSHIP_WORDS = Set.of("as", "joined");

    /**
     * "I have known X for six years, ... as a postdoctoral scientist in my group at Y", "X joined our lab at Y": a
     * referee's or a head's own group, placed by name, is where its member works.
     */
    static void writersGroupMember(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            if (m.type() != EntityType.PERSON || m.anaphoric()) {
                continue;
            }
            boolean member = false;
            for (int k = m.to(); k < Math.min(s.size() - 3, m.to() + GROUP_REACH); k++) {
                Mention other = r.startingAt(si, k);
                if (other != null && other.type() == EntityType.PERSON || s.lower(k).equals(";")) {
                    break; // another person's post, or another clause
                }
                member |= MEMBERSHIP_WORDS.contains(s.lower(k));
                if (!member || !StudyPossessors.WRITER_POSSESSIVES.contains(s.lower(k)) || !SurnameTeams.TEAM_NOUNS.contains(
                        Lemmatizer.singular(s.lower(k + 1))) || !s.lower(k + 2).equals("at")) {
                    continue;
                }
                Mention place = r.startingAt(si, s.lower(k + 3).equals("the") ? k + 4 : k + 3);
                Argument org = place == null ? null : r.argument(place, StudyPatterns.ORGS);
                Argument person = r.argument(m, PEOPLE);
                if (org != null && person != null && org.node().type() == EntityType.ORGANIZATION) {
                    r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(org), si, m.from(), m.to(), place.from(),
                            place.to(), "person-lab-member", 0.7, out);
                }
                break;
            }
        }
    }

    /** Where the text, so far, has said the person works. */
    private static List<Argument> workplacesOf(Argument person, List<Statement> out) {
        return StatementArguments.objects(out, st -> st.relation() == RelationType.AFFILIATED_WITH
                && !st.evidence().negated() && st.subject().equals(person.node()));
    }

    /** The words of a lab's signature after its head's name: "and everyone in the lab", "and all of us at the lab". */
    private static final Set<String> TEAM_SIGN_OFF_WORDS = Set.of("everyone", "all", "of", "us", "the", "whole", "lab",
            "laboratory", "team", "group", "in", "at");
    /** A lab's head's post after their name at a letter's foot: "Dr. X, head of the lab". */
    private static final Set<String> HEAD_POSTS = Set.of("head", "leader", "director");
    /** How many words such a signature takes after "and". */
    private static final int TEAM_SIGN_OFF_WORDS_MAX = 5;

    /**
     * Past a lab's signature after its head's name ("Professor X and everyone in the lab", "Dr. X, head of the
     * lab"), at the line break before the lab's institution; else k.
     */
    static int pastTeamSignOff(org.litkg.analysis.Sentence s, int k) {
        boolean post = s.lower(k).equals(",") && HEAD_POSTS.contains(s.lower(k + 1)); // "X, head of the lab"
        if (!s.lower(k).equals("and") && !post) {
            return k;
        }
        for (int j = k + 1 + (post ? 1 : 0); j < s.size() && j <= k + TEAM_SIGN_OFF_WORDS_MAX; j++) {
            // "and the BLOOM team": a study's name may stand for the team's
            boolean named = s.lower(j - 1).equals("the") && s.token(j).isCapitalised();
            if (!TEAM_SIGN_OFF_WORDS.contains(s.lower(j)) && !named) {
                return k;
            }
            if (s.lineBreakBefore(j + 1) || j == s.size() - 1) {
                return j + 1; // the line break before the lab's institution, or the signature's end
            }
        }
        return k;
    }

    /** Whose colleagues "and" may name: "X and her colleagues". */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
    /** How many words may describe the team: "and the hospital's rheumatology research team". */
    private static final int TEAM_MODIFIERS = 2;

    /** How far after a person's own team its verb may come: "and his team at the Medical University of Warsaw have". */
    private static final int TEAM_VERB_REACH = 10;
    /** Words that end the team's phrase before any verb of its own: "follows X and her team in Bristol and Y". */
    private static final Set<String> TEAM_PHRASE_ENDS = Set.of("and", "as", ",", ".", ";", "who", "which", "while");

    /** Whether a verb follows the team at k, past its place: the person and the team are a clause's subject. */
    private static boolean teamActs(Sentence s, int k) {
        for (int j = k + 1; j < s.size() && j <= k + TEAM_VERB_REACH; j++) {
            String pos = s.token(j).pos();
            if (pos.equals("VERB") || pos.equals("AUX")) {
                return true;
            }
            if (TEAM_PHRASE_ENDS.contains(s.lower(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token of the colleagues or the team that a person's "and" at {@code and} joins: "X and colleagues", "X and
     * her colleagues", "X and his team", "Dr. X and the rheumatology team at Y" (the person leading the team's work);
     * else -1.
     */
    static int colleaguesAfter(Reading r, Sentence s, int and) {
        if (!s.lower(and).equals("and")) {
            return -1;
        }
        int colleague = POSSESSIVES.contains(s.lower(and + 1)) ? and + 2 : and + 1;
        if (r.cues.is(Cues.Category.COLLEAGUE_NOUN, s.lower(colleague))) {
            return colleague;
        }
        if (colleague == and + 2 && SurnameTeams.TEAM_NOUNS.contains(s.lower(colleague)) && teamActs(s, colleague)) {
            return TeamCourtesies.gladAfter(s, colleague) ? -1 : colleague; // "Professor X and his team at Y have been"
        }
        if (!s.lower(and + 1).equals("the")) {
            return -1;
        }
        for (int k = and + 2; k <= and + 2 + TEAM_MODIFIERS && k < s.size(); k++) {
            if (SurnameTeams.TEAM_NOUNS.contains(s.lower(k))) { // "Dr. X and the rheumatology team at Y"
                return TeamCourtesies.gladAfter(s, k) ? -1 : k; // but "Dr. X and the lab at Y are delighted to"
            }
            if (!s.token(k).text().chars().allMatch(Character::isLowerCase) || s.lower(k).equals("of")) {
                return -1; // "and the rest of the team", "and the Mayo Clinic team": not her own team's words
            }
        }
        return -1;
    }
}
