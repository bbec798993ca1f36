package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PersonalCues;

/**
 * Where a person works: said by a verb ("Okafor trained in London before joining the University of Leeds"), by an
 * organisation after the name ("X of Duke University", "X, PhD, Department of Y, University of Z") or before a role.
 */
final class Workplaces {

    /** Words that end the person's clause before a verb could be theirs: "X said the company joined Y". */
    private static final Set<String> CLAUSE_ENDS = Set.of("said", "says", "that", "who", "which", ";", ".");
    /** How far after the person the verb may be: "trained in London before joining". */
    private static final int REACH = 12;

    private Workplaces() {
    }

    /**
     * The organisation a verb after the person at {@code person} says they work at, in the same clause: joined
     * ("Okafor trained in London before joining the University of X") or came to ("came to X from Lund"), run a part of
     * ("where she directs the program at X"), hold a post at ("is now a postdoctoral fellow at X") or write for
     * ("writes about cancer for X"); or one the sentence opens with ({@link FrontedWorkplaces}: "Working at Y, my old
     * mentor, Professor X") or whose unit the person runs or their team is at ({@link RunUnits}: "a laboratory at Y run
     * by Dr. X", "X's team at Y"); else null.
     */
    static Mention statedWorkplace(Reading r, int si, Mention person) {
        Mention fronted = FrontedWorkplaces.of(r, si, person); // "Working at Y, my old mentor, Professor X, had"
        Mention unit = fronted != null ? fronted : RunUnits.of(r, si, person); // "a laboratory at Y run by Dr. X, who"
        unit = unit != null ? unit : SpeakingOrganisation.ownUnitAfter(r, si, person); // "X of our Y group"
        if (unit != null) {
            return unit;
        }
        Sentence s = r.sentence(si);
        int start = pastWhoAside(r, si, person.to()); // "Professor X, who died last month aged 84, spent 30 years at"
        for (int k = start; k < Math.min(s.size() - 1, start + REACH); k++) {
            Mention other = r.startingAt(si, k);
            Mention owner = RunUnits.possessedUnitOwner(r, si, k);
            if (owner != null) {
                return owner; // "X, who runs the centre's inflammation laboratory"
            }
            if (other != null && other.type() == EntityType.PERSON || CLAUSE_ENDS.contains(s.lower(k))
                    || s.token(k).isQuote()) {
                // "At Y, where Dr. X is her consultant, she started Z, which": the "where" clause may still place X
                return other != null && other.type() == EntityType.PERSON ? sharedPlace(r, si, person, other)
                        : ThereWorkplaces.of(r, si, person);
            }
            String w = s.lower(k);
            int arrivedTo = FormerWorkplaces.ARRIVING.contains(w) ? arrivedTo(r, si, k) : -1;
            int place = PersonalCues.JOINING_VERBS.contains(w) ? k : arrivedTo > 0 ? arrivedTo
                    : w.equals("spent") ? spentAt(s, k) // "has spent thirty years at the Karolinska Institutet"
                    : POST_VERBS.contains(w) ? unitPlace(r, si, k + 1)
                    : WRITING_VERBS.contains(w) ? forPlace(s, k + 1) : PersonRoles.copularRoleEnd(r, si, k);
            if (place > 0) {
                Mention org = r.startingAt(si, s.lower(place + 1).equals("the") ? place + 2 : place + 1);
                return org != null && org.type() == EntityType.ORGANIZATION ? org : null;
            }
        }
        return ThereWorkplaces.of(r, si, person); // "Dr. X, a consultant haematologist there"
    }

    /**
     * The "to" of an arriving verb at k: "came to Y from Z in 1989", or past the place left, "has moved from the
     * Francis Crick Institute to the University of Edinburgh"; else -1.
     */
    private static int arrivedTo(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (s.lower(k + 1).equals("from")) {
            Mention left = r.startingAt(si, s.lower(k + 2).equals("the") ? k + 3 : k + 2);
            return left != null && left.type() == EntityType.ORGANIZATION && s.lower(left.to()).equals("to")
                    ? left.to() : -1;
        }
        return s.lower(k + 1).equals("to") ? k + 1 : -1;
    }

    /** How long a relative clause set off after a name may be: ", who died last month aged 84,". */
    private static final int WHO_ASIDE_WORDS = 12;

    /** The token after ", who ...," opening at k and naming no organisation, else k: the verb comes after it. */
    private static int pastWhoAside(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals(",") || !s.lower(k + 1).equals("who")) {
            return k;
        }
        for (int j = k + 2; j < Math.min(s.size(), k + 2 + WHO_ASIDE_WORDS); j++) {
            Mention m = r.startingAt(si, j);
            if (m != null && m.type() == EntityType.ORGANIZATION) {
                return k; // "X, who works at Y, said": the aside says where, as the code after it reads
            }
            if (s.lower(j).equals(",")) {
                return j + 1;
            }
        }
        return k;
    }

    /** How many words a span of years may take between "spent" and "at": "thirty years", "most of her career". */
    private static final int SPENT_WORDS = 4;

    /** The "at" after "spent" and a span of time at k ("spent thirty years at"), else 0. */
    private static int spentAt(Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.size(), k + 2 + SPENT_WORDS); j++) {
            if (s.lower(j).equals("at")) {
                return j;
            }
            if (s.token(j).isPunctuation()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * "We are Dr. A and Dr. B at the UCL Great Ormond Street Institute of Child Health": two people joined by "and",
     * the second followed at once by "at" or "of" a place, work there both; the place, or null.
     */
    private static Mention sharedPlace(Reading r, int si, Mention first, Mention second) {
        Sentence s = r.sentence(si);
        int and = first.to();
        boolean joined = s.lower(and).equals("and") && second.from() == Narrator.afterTitles(r, s, and + 1);
        int at = second.to();
        Mention org = joined && PLACE_LINKS.contains(s.lower(at))
                ? r.startingAt(si, s.lower(at + 1).equals("the") ? at + 2 : at + 1) : null;
        return org != null && org.type() == EntityType.ORGANIZATION ? org : null;
    }

    /** Verbs of running a part of an institution: "where she directs the cell therapy program at Moffitt". */
    static final Set<String> POST_VERBS = Set.of("directs", "heads", "runs", "leads", "manages", "chairs", "directed",
            "headed", "ran", "managed", "chaired", "started", "founded", "established"); // "started her lab at Y"
    /** What a person runs, as against a study they lead: "the cell therapy program", "a lab", "the myeloma service". */
    static final Set<String> UNIT_NOUNS = Set.of("program", "programme", "lab", "laboratory", "department",
            "division", "unit", "clinic", "centre", "center", "service", "group", "section", "institute", "team", "ward");
    /** "writes about cancer research for the Sarcoma Research Trust": whom a writer writes for. */
    private static final Set<String> WRITING_VERBS = Set.of("writes", "reports", "works");
    private static final int UNIT_WORDS = 6;

    /** The place link after a unit noun the verb's object ends in ("the cell therapy program at"); else -1. */
    static int unitPlace(Reading r, int si, int from) {
        Sentence s = r.sentence(si);
        for (int j = from; j < Math.min(s.size() - 1, from + UNIT_WORDS); j++) {
            if (UNIT_NOUNS.contains(s.lower(j)) && (s.lower(j + 1).equals("at") || s.lower(j + 1).equals("of"))) {
                return j + 1;
            }
            Mention named = r.startingAt(si, j);
            boolean object = j == from || j == from + 1 && s.lower(from).equals("the"); // not "leads, and which Y runs"
            if (object && named != null && named.type() == EntityType.ORGANIZATION) {
                // "leads the Centre for Immune Trafficking at Imperial College London": the named unit's institution,
                // or the unit itself where none follows
                return s.lower(named.to()).equals("at") ? named.to() : j - 1;
            }
            if (s.token(j).isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** The "for" a writer's clause ends in, a few words on: "writes about cancer research for"; else -1. */
    private static int forPlace(Sentence s, int from) {
        for (int j = from; j < Math.min(s.size() - 1, from + UNIT_WORDS); j++) {
            if (s.lower(j).equals("for")) {
                return j;
            }
            if (s.token(j).isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** How far after a researcher noun "not involved" may stand: "an oncologist at X who was not involved". */
    private static final int NOT_INVOLVED_REACH = 10;

    /** "an oncologist at Johns Hopkins who was not involved in the trial": an outside voice, whose workplace ran nothing. */
    static boolean notInvolvedAfter(Sentence s, int k) {
        for (int j = k + 1; j + 1 < s.size() && j <= k + NOT_INVOLVED_REACH; j++) {
            if (s.lower(j).equals("not") && (s.lower(j + 1).equals("involved") || s.lower(j + 2).equals("involved"))) {
                return true;
            }
        }
        return false;
    }

    /** The first words of a part of an institution, which an address follows with the whole after a comma. */
    private static final Set<String> SUB_UNITS = Set.of("department", "division", "section", "faculty", "school", "laboratory",
            "unit", "program", "programme");

    /** The organisations named from token {@code from} up to {@code to}, stopping at another person. */
    static List<Mention> orgsIn(Reading r, int si, int from, int to) {
        List<Mention> orgs = new java.util.ArrayList<>();
        for (int k = from; k < to; k++) {
            Mention m = r.startingAt(si, k);
            if (m != null && m.type() == EntityType.PERSON) {
                break;
            }
            if (m != null && !m.anaphoric() && r.argument(m, StudyPatterns.ANY_ORG) != null) {
                orgs.add(m);
            }
        }
        return orgs;
    }

    /**
     * "X is at Y", "X works at Y", "X is based at Y": where a commentary's end note says its author works; "X works on
     * the fever ward at Y", "in the transplant unit at Y": a unit of the workplace first. The "at", or -1.
     */
    static int atAfter(Sentence s, int k) {
        int at = s.lower(k + 1).equals("based") ? k + 2 : k + 1;
        if (AT_VERBS.contains(s.lower(k)) && s.lower(at).equals("at")) {
            return at;
        }
        boolean working = s.lower(k).equals("works") || s.lower(k).equals("worked");
        if (!working || !(s.lower(k + 1).equals("on") || s.lower(k + 1).equals("in")) || !s.lower(k + 2).equals("the")) {
            return -1;
        }
        for (int j = k + 3; j < Math.min(s.size() - 1, k + 3 + UNIT_WORDS); j++) {
            if (UNIT_NOUNS.contains(s.lower(j))) {
                return s.lower(j + 1).equals("at") ? j + 1 : -1;
            }
        }
        return -1;
    }

    private static final Set<String> AT_VERBS = Set.of("is", "was", "works", "worked");

    /** What links a person to where they work: "X of Duke University", "X at Y", "X from Y". */
    static final Set<String> PLACE_LINKS = Set.of("of", "at", "from");

    /**
     * A place link at k after the person: "of", "at", "from", "in the Department of", or the "with" of a call's
     * questioner, "Our next question comes from X with Lindell Securities" (elsewhere "X with Y" may be a partner, not
     * a workplace).
     */
    static boolean placeLinkAt(Sentence s, Mention person, int k) {
        boolean unit = s.lower(k).equals("in") && s.lower(k + 1).equals("the")
                && UNIT_HEADS.contains(s.token(k + 2).text());
        return PLACE_LINKS.contains(s.lower(k)) || unit
                || s.lower(k).equals("with") && PersonalCues.isQuestioner(s, person.from());
    }

    /** A university's units, where people work: "Professor X in the Department of Pharmacology, University of Y". */
    private static final Set<String> UNIT_HEADS = Set.of("Department", "School", "Division", "Faculty", "Institute");

    /** The token after "of Duke University" (or "at the Mayo Clinic") right after a person; else the person's end. */
    static int afterWorkplace(Reading r, int si, Mention person) {
        return afterWorkplace(r, si, person.to());
    }

    /** The token after "at the Mayo Clinic" (or "of", "from" an institution) at token k; else k. */
    static int afterWorkplace(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!PLACE_LINKS.contains(s.lower(k))) {
            return k;
        }
        Mention org = r.startingAt(si, s.lower(k + 1).equals("the") ? k + 2 : k + 1);
        if (org == null || r.argument(org, StudyPatterns.ANY_ORG) == null) {
            return k;
        }
        int end = institutionChain(r, si, org).stream().mapToInt(Mention::to).max().orElse(k);
        return afterPlace(r, si, end);
    }

    /** How many capitalised words a town after "in" may have: "in Boston", "in New Haven". */
    static final int PLACE_WORDS = 3;

    /**
     * "of Brigham and Women's Hospital in Boston led the trial": past the town after a workplace, else at k. A list of
     * institutions goes on past it ({@link Conjuncts}).
     */
    static int afterPlace(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("in")) {
            return k;
        }
        int end = k + 1;
        while (end < s.size() && end - k <= PLACE_WORDS && s.token(end).isCapitalised() && r.startingAt(si, end) == null) {
            end++;
        }
        return end > k + 1 ? end : k;
    }

    /** How many words a place after the team's institution may take: "at X in Bordeaux, France, led by". */
    private static final int TEAM_PLACE_WORDS = 6;
    /** Words between a team and the "at" of its institution: "a team here at the University of X", "based at". */
    private static final Set<String> TEAM_PLACE_ADVERBS = Set.of("here", "there", "based");

    /**
     * "Researchers at the Institut Sainte-Aure in Bordeaux, France, led by oncologist Dr. X", "a study at Y, led by X":
     * the institution of the team or study a "led by" at {@code by} leads, where its leader works, unless a workplace
     * of their own follows the leader's name; else null.
     */
    static Mention teamInstitutionBefore(Reading r, int si, int by, Mention leader) {
        Sentence s = r.sentence(si);
        if (!LeaderCues.ledByAt(r, s, by) || PLACE_LINKS.contains(s.lower(leader.to()))) {
            return null; // "a study at Fudan ..., led by Dr. Yan Zhou of Fudan University": her own workplace follows
        }
        int end = s.lower(by - 2).equals(",") ? by - 3 : by - 2; // "A team at the Karolinska Institutet led by X"
        for (int k = end; k >= Math.max(1, end - TEAM_PLACE_WORDS); k--) {
            Mention place = r.endingAt(si, k);
            if (place != null && r.argument(place, StudyPatterns.ANY_ORG) != null) {
                int at = place.from() - (s.lower(place.from() - 1).equals("the") ? 2 : 1);
                Mention unit = s.lower(at).equals("at") ? r.endingAt(si, at - 1) : null;
                boolean nested = unit != null && r.argument(unit, StudyPatterns.ANY_ORG) != null;
                if (nested) { // "a group in the Centro de X at the Universidade Y, led by Z": the unit's preposition, noun
                    at = unit.from() - (s.lower(unit.from() - 1).equals("the") ? 2 : 1);
                }
                // "a team here at Y", "a phase 1b trial, HALO-1, in 2027 at Y"
                int nounAt = TEAM_PLACE_ADVERBS.contains(s.lower(at - 1)) ? at - 2
                        : Parentheticals.studyNounBefore(s, at);
                String noun = org.litkg.analysis.Lemmatizer.singular(s.lower(nounAt)); // "a study at Y, led by X" too
                boolean team = (s.lower(at).equals("at") || s.lower(at).equals("from") || nested && s.lower(at).equals("in"))
                        && (r.cues.is(Cues.Category.RESEARCHER_NOUN, noun) || r.cues.isStudyOrTrial(noun))
                        || r.cues.is(Cues.Category.RESEARCHER_NOUN, org.litkg.analysis.Lemmatizer.singular(s.lower(place.to())));
                return team ? place : null; // "a team at Y, led by X", "The Edinburgh team, led by X"
            }
            if (s.token(k).pos().equals("VERB")) {
                return null;
            }
        }
        return null;
    }

    /** An organisation's name made only of head words and modifiers: "Medical Center", "Research Institute". */
    private static boolean isGeneric(Reading r, Sentence s, Mention org) {
        for (int k = org.from(); k < org.to(); k++) {
            String w = s.token(k).text();
            if (!r.cues.is(Cues.Category.ORG_HEAD, w) && !r.cues.is(Cues.Category.ORG_MODIFIER, w)) {
                return false;
            }
        }
        return true;
    }

    /** Heads of a team that belongs to the institution after it: "Manchester Fungal Infection Group, University of X". */
    private static final Set<String> TEAM_HEADS = Set.of("group", "team", "programme", "program");

    /**
     * An organisation and those it is part of: "the Graduate School of Medicine at Kyoto University",
     * "the Center for Immuno-Oncology at Dana-Farber", "the Crick's Immunobiology Laboratory"; and one joined to it
     * by "and".
     */
    static List<Mention> institutionChain(Reading r, int si, Mention org) {
        Sentence s = r.sentence(si);
        List<Mention> chain = new java.util.ArrayList<>(List.of(org));
        int owner = org.from() - 1;
        if (owner > 0 && s.token(owner).isPossessive()) {
            Mention before = r.endingAt(si, owner - 1);
            if (before != null && r.argument(before, StudyPatterns.ANY_ORG) != null) {
                chain.add(before);
            }
        }
        Mention last = org;
        // "of Université Paris Cité and the Imagine Institute": both are the person's
        while (s.lower(last.to()).equals("at") || s.lower(last.to()).equals("of") || s.lower(last.to()).equals("and")
                || last.to() < s.size() && s.token(last.to()).isPossessive()
                || s.lower(last.to()).equals(",") && (SUB_UNITS.contains(s.lower(last.from())) // "Department of X, Y"
                || InstitutionParts.isSubUnit(last) // "Cardiology Clinic, Riverside General Hospital", "Day Unit, St Columba's Hospital"
                || TEAM_HEADS.contains(s.lower(last.to() - 1)))) { // "Manchester Fungal Infection Group, University of X"
            int k = last.to() + 1;
            if (s.lower(k).equals("the")) {
                k++;
            }
            Mention next = r.startingAt(si, k);
            if (next == null || r.argument(next, StudyPatterns.ANY_ORG) == null
                    || s.lower(last.to()).equals("and") && isGeneric(r, s, next)) {
                break; // "Lahey Hospital and Medical Center" is one name, whatever the recogniser cut
            }
            chain.add(next);
            last = next;
        }
        return chain;
    }
}
