package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PersonalCues;

/**
 * The organisations a sentence says a study's researchers came from: "Cornell University researchers", "the UCSF
 * team", "scientists at X", "a trial run by Y", each with the token of its researcher word.
 */
final class ResearcherTeams {

    private static final Set<EntityType> ORGS = StudyPatterns.ORGS;

    private ResearcherTeams() {
    }

    /** What colleagues may supply to a study rather than do it: "a small molecule from our collaborators at X". */
    private static final Set<String> MATERIALS = Set.of("molecule", "compound", "antibody", "drug", "reagent", "sample",
            "tissue", "mouse", "cell", "line", "inhibitor", "vector", "virus");

    /** Whether the colleagues at k are where a thing named before "from" came from: "a compound from staff at Y". */
    private static boolean suppliedBy(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int from = TEAM_OWNERS.contains(s.lower(k - 1)) ? k - 2 : k - 1;
        Mention thing = from > 0 ? r.endingAt(si, from - 1) : null;
        return s.lower(from).equals("from") && (thing != null && thing.type() == EntityType.DRUG
                || from > 0 && MATERIALS.contains(Lemmatizer.singular(s.lower(from - 1))));
    }

    /** Whether the team word at k is the one a credit line names: "Compiled by the pharmacy team at Y". */
    private static boolean credited(Sentence s, int k) {
        int by = k - 1;
        while (by > k - 4 && by > 0 && !s.lower(by).equals("by")) {
            by--;
        }
        return s.lower(by).equals("by") && PersonalCues.CREDIT_VERBS.contains(s.lower(by - 1));
    }

    /** Staff who do a study only where one is said to be theirs: "A study by nurses at X", not "nurses at X care". */
    private static final Set<String> STAFF = Set.of("nurse", "pharmacist", "midwife", "physiotherapist", "dietitian");

    /** Verbs of offering help, before "to": "A team from X has offered to try the app": help offered, no study done. */
    private static final Set<String> OFFERING = Set.of("offered", "offers", "volunteered");
    /** How far after the researcher word the offer may be: "A team from the Centre for Disease Control has offered". */
    private static final int OFFER_REACH = 12;

    /** Verbs of caring for a patient: "his team at The Christie gave him plerixafor" is a care team, not a study's. */
    private static final Set<String> CARING = Set.of("gave", "gives", "treated", "treats", "operated", "nursed",
            "admitted", "looked");
    /** Whom a care team cares for, right after its verb: "gave him", "treated patients". */
    private static final Set<String> CARED_FOR = Set.of("him", "her", "them", "me", "us", "patients", "after", "on");

    private static boolean offersHelpAfter(Sentence s, int k) {
        for (int j = k + 1; j + 1 < s.size() && j <= k + OFFER_REACH; j++) {
            if (OFFERING.contains(s.lower(j)) && s.lower(j + 1).equals("to")
                    || CARING.contains(s.lower(j)) && CARED_FOR.contains(s.lower(j + 1))) {
                return true; // help offered, or care given: no study done
            }
            if (s.lower(j).equals(".") || s.lower(j).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** Present tenses of running a unit, which say what someone's post is: "I run", "she heads", "he directs". */
    private static final Set<String> RUNNING = Set.of("run", "runs", "head", "heads", "direct", "directs");
    /** Leading, which is running only a unit ("I lead a small research group at Y"), not a trial ("leads it here"). */
    private static final Set<String> LEADING = Set.of("lead", "leads");
    /** How far before the unit's noun the verb may be: "run the neuro-oncology laboratory". */
    private static final int RUN_UNIT_REACH = 6;

    /**
     * "I run the neuro-oncology laboratory at Y", "she heads the group at Y": a unit someone runs, a post, where nothing
     * after it says what the unit found or did ("she runs a laboratory at Y, and her work has helped" is the study's).
     */
    private static boolean isRunUnit(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int verb = -1;
        for (int j = k - 1; j >= Math.max(0, k - RUN_UNIT_REACH) && verb < 0; j--) {
            boolean leadsUnit = LEADING.contains(s.lower(j)) && Workplaces.UNIT_NOUNS.contains(s.lower(k));
            verb = RUNNING.contains(s.lower(j)) || leadsUnit ? j : -1;
            if (verb < 0 && (s.lower(j).equals(",") || s.lower(j).equals(";") || s.token(j).pos().equals("VERB"))) {
                return false;
            }
        }
        if (verb < 0 || VerbForms.beBefore(s, verb)) {
            return false; // no running verb, or "the trial, which was run by neurologists at Y"
        }
        for (int j = k + 1; j < s.size(); j++) { // only now the rest of the sentence, as every token asks this
            boolean saysWhatItDid = r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(j)))
                    || LeaderCues.FINDING_VERBS.contains(s.token(j).lemma());
            if (saysWhatItDid) {
                return false; // "she runs a laboratory at Y, and her work has helped": the unit did the work
            }
        }
        return true;
    }

    /** "Cornell University researchers", "the UCSF team", "scientists at X": each organisation with its researcher word. */
    /**
     * Whether a lab named for its head ("Hansen lab") has its institution apposed after a comma at link, on a line that
     * is nothing else past a bar: a card's "Science Immunology | Hansen lab, University of Oslo".
     */
    private static boolean labApposed(Reading r, int si, int k, int link) {
        Sentence s = r.sentence(si);
        Mention place = r.startingAt(si, link + 1);
        return s.lower(k).equals("lab") && link == k + 1 && s.lower(link).equals(",") && k >= 2
                && s.token(k - 1).isCapitalised() && s.lower(k - 2).equals("|")
                && place != null && place.type() == EntityType.ORGANIZATION;
    }

    static List<StudyPatterns.Researchers> of(Reading r, int si, boolean studyKnown) {
        Sentence s = r.sentence(si);
        List<StudyPatterns.Researchers> found = new ArrayList<>();
        int introducedAt = SelfIntroductions.atOf(r, s); // "Immunologist at X here.": a writer's post
        for (int k = 0; k < s.size(); k++) {
            String noun = Lemmatizer.singular(s.lower(k));
            if (noun.equals("work") && k > 0 && RUNNERS.contains(s.lower(k - 1))) {
                continue; // "I work at the X Trust": the verb, not a study's work
            }
            // "The trial is called X, and Dr. Y leads it here at Z": "it" stands for the trial
            boolean ledIt = noun.equals("it") && k > 0 && LeadObjects.leadsStudyNamedBefore(r, si, k - 1);
            // "a study we ran here at X", "Scientists here at X showed"
            int link = r.cues.isStudyOrTrial(noun) ? ranAt(s, k) : hereAt(s, k + 1);
            int enrolledAt = r.cues.isStudyOrTrial(noun) || noun.equals("cohort") ? participantsAt(s, k)
                    : testedAt(s, k); // "X is being tested in people with Crohn's disease at Y": a trial at Y
            link = enrolledAt > 0 ? enrolledAt : link; // "a cohort of 180 patients at X", "the trial enrolled 96 adults at"
            link = pastJournal(r, si, link); // "a study in the Journal of X from the University of Y found"
            if (s.lower(link).equals(",") && (s.lower(link + 1).equals("from") || s.lower(link + 1).equals("at"))) {
                link++; // "The team, from the Karolinska Institutet and Uppsala University, found"
            }
            boolean partnered = r.cues.is(Category.RESEARCHER_NOUN, noun) && PARTNERING.contains(s.lower(link))
                    && s.lower(link + 1).equals("with"); // "a team working with University College London found"
            link = partnered ? link + 1 : link;
            // "The trial ... is run at X, with a second site at Y"
            boolean siteAt = JoiningSites.SITE_NOUNS.contains(noun) && s.lower(k + 1).equals("at")
                    && Character.isLowerCase(s.token(k).text().charAt(0)) // not "the X Center at Y", a name
                    && (studyKnown || LeaderCues.studyNamedBefore(r, si, k));
            boolean studyFrom = (r.cues.isStudyOrTrial(noun) || enrolledAt > 0 || ledIt) && !isMission(s, k)
                    && (s.lower(link).equals("from") || s.lower(link).equals("at") // "a study from X", "a trial at X"
                    || s.lower(link).equals("with") && link > k + 1) // "a study his team did with X"
                    || siteAt;
            boolean colleaguesAt = r.cues.is(Category.COLLEAGUE_NOUN, s.lower(k)) && !suppliedBy(r, si, k)
                    && (s.lower(k + 1).equals("at") || s.lower(k + 1).equals("from")); // "carried out with colleagues at X"
            // "My doctor at X said", "now runs his own group at the Karolinska Institute": not the study's team; but a
            // witness's "My group at X published that work" is, as "our group at X" is
            boolean mine = s.lower(k - 1).equals("my") && !SurnameTeams.TEAM_NOUNS.contains(s.lower(k))
                    || PersonalCues.isPatientsCarer(s, k); // "his doctors at X offered him": a patient's, no study's
            boolean onesOwn = mine || s.lower(k - 1).equals("your") || s.lower(k - 1).equals("own")
                    && (s.lower(k - 2).equals("his") || s.lower(k - 2).equals("her")) // but "in our own work at X"
                    && OWN_POSTS.contains(s.lower(k - 3)) // not "her own team at Y found", the team's study
                    || isRunUnit(r, si, k); // "I run the neuro-oncology laboratory at X": a post
            boolean specialists = s.lower(k).endsWith("ologists"); // "run by neurologists at the University of Toronto"
            boolean staffStudy = STAFF.contains(noun) && s.lower(k - 1).equals("by") // "A study by nurses at X found"
                    && r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(k - 2)));
            // "its phase 1 trial", and a named trial: "VERIDIAN-2, which we run"
            Argument owner = LeaderCues.isStudyAt(r, si, k) ? OrganisationStudies.owner(r, si, k) : null;
            if (owner != null) {
                found.add(new StudyPatterns.Researchers(owner, k)); // "results from its phase 1 trial", "a Merck study"
                Argument partner = StudyPossessors.runningPartner(r, si, k); // "which Novartis ran with the Mayo Clinic"
                if (partner != null) {
                    found.add(new StudyPatterns.Researchers(partner, k));
                }
            }
            Argument doneAt = placeWhereDone(r, si, k);
            if (doneAt != null) {
                found.add(new StudyPatterns.Researchers(doneAt, k)); // "Her affiliation is Y, where the study was done"
                continue;
            }
            if (!r.cues.is(Category.RESEARCHER_NOUN, noun) && !specialists && !staffStudy && !studyFrom && !colleaguesAt
                    || Workplaces.notInvolvedAfter(s, k) || offersHelpAfter(s, k)
                    || PersonRoles.describesPerson(r, si, k) || onesOwn || madeWith(r, s, k) || credited(s, k)
                    || introducedAt == k + 1 || TeamCourtesies.courteous(r, si, k, studyKnown) || wonGrant(s, k)) {
                continue;
            }
            Mention before = studyFrom ? null : r.endingAt(si, k - 1);
            Argument org = before == null ? null : r.argument(before, ORGS);
            List<Argument> orgs = org == null ? List.of() : r.withPrecedingConjuncts(si, org, before.from(), ORGS);
            // "a team from X", "a team in our Department of Head and Neck Surgery"
            boolean placed = s.lower(link).equals("at") || s.lower(link).equals("from") || s.lower(link).equals("in")
                    || (studyFrom || partnered) && s.lower(link).equals("with")
                    || labApposed(r, si, k, link); // a card's "Science Immunology | Hansen lab, University of Oslo"
            if (org == null && placed) {
                int[] at = new int[2];
                // "at the hospital's Sidney Kimmel Comprehensive Cancer Center": past the institution that owns it
                int ownersName = s.lower(link + 3).equals("'s") || s.lower(link + 3).equals("’s") ? 2 : 0;
                org = r.rightOf(si, link, 3 + ownersName, ORGS, at);
                // "presented the work at the Society for Investigative Dermatology meeting", "at the Keystone
                // Symposium": where it was told, not done
                org = org != null && (MEETING_WORDS.contains(Lemmatizer.singular(s.lower(at[1])))
                        || MEETING_WORDS.contains(Lemmatizer.singular(s.lower(at[1] - 1)))) ? null : org;
                orgs = org == null ? List.of() : r.withFollowingConjuncts(si, org, at[1], ORGS); // "a team from X and Y"
                Argument partner = org == null ? null : workingWith(r, si, at[1]);
                // "Researchers at X, working with the University of Y,": both conduct it
                orgs = partner == null ? orgs : Stream.concat(orgs.stream(), Stream.of(partner)).toList();
            }
            Mention own = orgs.isEmpty() ? SpeakingOrganisation.ownUnitAt(r, si, k) : null;
            orgs = own == null ? orgs : List.of(r.argument(own, ORGS)); // a ward's poster: "Our haematology team runs"
            Mention fronted = org == null ? FrontedWorkplaces.ofTeam(r, si, k) : null; // "Working at Y, her group showed"
            Argument frontedOrg = fronted == null ? null : r.argument(fronted, ORGS);
            orgs = frontedOrg == null ? orgs : List.of(frontedOrg);
            for (Argument each : orgs) {
                found.add(new StudyPatterns.Researchers(each, k));
            }
        }
        HostedStudies.runBy(r, si, studyKnown, found);
        return found;
    }

    /** Verbs of being given money for research. */
    private static final Set<String> GRANT_VERBS = Set.of("won", "wins", "awarded", "received", "receives", "secured",
            "secures");
    /** Verbs of research a grant is given to do, after "to". */
    private static final Set<String> RESEARCH_PURPOSES = Set.of("study", "test", "investigate", "examine", "explore",
            "find", "look", "develop", "understand");
    /** How far after the grant's verb the research it pays for may be named: "has won £1.2 million to study". */
    private static final int GRANT_PURPOSE_REACH = 8;

    /**
     * "A Dundee scientist has won £1.2 million to study how ...", "Researchers at X have received funding to test":
     * the researchers at k are paid for work to come, no study done yet, as a grant list's "her team will test
     * whether" gives none.
     */
    private static boolean wonGrant(Sentence s, int k) {
        int verb = k + 1; // "Researchers at X have received": past where they are, in the same clause
        while (verb < Math.min(s.size(), k + GRANT_PURPOSE_REACH) && !GRANT_VERBS.contains(s.lower(verb))
                && !s.token(verb).isPunctuation()) {
            verb++;
        }
        if (!GRANT_VERBS.contains(s.lower(verb))) {
            return false;
        }
        for (int j = verb + 1; j < Math.min(s.size(), verb + GRANT_PURPOSE_REACH); j++) {
            if (s.lower(j).equals("to") && RESEARCH_PURPOSES.contains(s.token(j + 1).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** The "from" after "in" and a journal at {@code link} ("a study in J from Y"), else {@code link}. */
    private static int pastJournal(Reading r, int si, int link) {
        Sentence s = r.sentence(si);
        Mention journal = s.lower(link).equals("in")
                ? r.startingAt(si, s.lower(link + 1).equals("the") ? link + 2 : link + 1) : null;
        return journal != null && journal.type() == EntityType.JOURNAL && s.lower(journal.to()).equals("from")
                ? journal.to() : link;
    }

    /** Verbs of making a thing with researchers' help, which is no study of theirs: "developed with researchers". */
    private static final Set<String> MADE = Set.of("developed", "designed", "built", "created", "co-designed",
            "written");

    /**
     * "The app was developed with researchers at Y": the researcher noun at k helped make a thing, not a study (but
     * "The trial was designed with researchers at Y": they helped run it).
     */
    private static boolean madeWith(Reading r, Sentence s, int k) {
        boolean made = s.lower(k - 1).equals("with") && MADE.contains(s.lower(k - 2));
        return made && java.util.stream.IntStream.range(0, k - 2)
                .noneMatch(j -> r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(j))));
    }

    private static final Set<String> DONE = Set.of("done", "conducted", "performed", "carried");

    /** The organisation before ", where the study was done" at k (the "where"), else null. */
    private static Argument placeWhereDone(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("where") || !s.lower(k - 1).equals(",")) {
            return null;
        }
        int noun = s.lower(k + 1).equals("the") || s.lower(k + 1).equals("this") ? k + 2 : k + 1;
        boolean done = r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(noun)))
                && (s.lower(noun + 1).equals("was") || s.lower(noun + 1).equals("were"))
                && DONE.contains(s.lower(noun + 2));
        Mention place = done ? r.endingAt(si, k - 2) : null;
        return place == null ? null : r.argument(place, ORGS);
    }

    /** Verbs whose bare "research" is an institution's or a person's line of work, not a study. */
    private static final Set<String> MISSION_VERBS = Set.of("conducts", "conduct", "supports", "support", "funds", "fund",
            "does", "do", "sponsors", "sponsor", "carries", "pursues");

    /** "NIAID conducts and supports research at NIH": bare "research" after such a verb, an "About" paragraph's mission. */
    private static boolean isMission(Sentence s, int k) {
        return s.lower(k).equals("research") && MISSION_VERBS.contains(s.lower(k - 1));
    }

    /** Who ran a study, in a clause right after its noun: "a study we ran here at X", "the trial they ran at X". */
    private static final Set<String> RUNNERS = Set.of("we", "they", "i");
    /**
     * Verbs of holding or starting one's own group, a post and not a study's team: "now runs his own group at the
     * Karolinska Institute", "leaves to start his own group at Y".
     */
    private static final Set<String> OWN_POSTS = java.util.stream.Stream.concat(Stream.of("runs", "ran", "run", "leads",
            "led", "lead", "heads", "started", "founded", "has", "had"), PossessedWorkplaces.STARTING.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> RAN = Set.of("ran", "run", "did", "conducted", "carried");

    /** The "at" after "a study we ran (here)" at k, else k + 1. */
    private static int ranAt(Sentence s, int k) {
        // "a study his team did with the University of X": the team's, with its partner
        int verb = TEAM_OWNERS.contains(s.lower(k + 1)) && SurnameTeams.TEAM_NOUNS.contains(s.lower(k + 2)) ? k + 3 : k + 2;
        if (!RUNNERS.contains(s.lower(k + 1)) && verb == k + 2 || !RAN.contains(s.lower(verb))) {
            return Parentheticals.studyPlaceAt(s, k + 1); // "a phase 1b trial, HALO-1, in 2027 at Y"
        }
        return hereAt(s, s.lower(verb + 1).equals("out") ? verb + 2 : verb + 1); // "a study we carried out at X"
    }

    /** The token after "here" or "there" at k ("ran here at X", "leads it here at X"), else k. */
    private static int hereAt(Sentence s, int k) {
        return s.lower(k).equals("here") || s.lower(k).equals("there") ? k + 1 : k;
    }

    /** How far past "tested" the place it is tested at may be named: "tested in people with Crohn's disease at". */
    private static final int TESTED_REACH = 8;

    /** The "at" naming where a drug "is being tested" at k ("is being tested in adults at Y"), else -1. */
    private static int testedAt(Sentence s, int k) {
        boolean tested = (s.lower(k).equals("tested") || s.lower(k).equals("trialled") || s.lower(k).equals("trialed"))
                && (s.lower(k - 1).equals("being") || Copulas.COPULAS.contains(s.lower(k - 1)));
        for (int j = k + 1; tested && j < s.size() && j <= k + TESTED_REACH; j++) {
            if (s.lower(j).equals("at")) {
                return j;
            }
            if (Modality.CLAUSE_BREAKS.contains(s.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whose team ran a study: "a study his team did with X". */
    private static final Set<String> TEAM_OWNERS = Set.of("his", "her", "their", "our", "my");

    /** Words between a study's noun and its participants' count: "a cohort of", "a trial in", "the study enrolled". */
    private static final Set<String> ENROLLING = Set.of("of", "in", "with", "enrolled", "recruited", "included", "treated",
            "enrolling", "recruiting", "enrols", "enrolls", "recruits");
    /** The longest name a trial's noun may have in apposition before its verb: "a trial, KESTREL-4, is enrolling". */
    private static final int APPOSED_NAME_TOKENS = 5;

    /**
     * The "at" after "a cohort of 180 patients" or "a trial, X, is enrolling 90 patients" at k, naming where the
     * patients were enrolled; else -1.
     */
    private static int participantsAt(Sentence s, int k) {
        int j = k + 1;
        if (s.lower(j).equals(",")) { // the trial's name in apposition, between commas
            int close = j + 1;
            while (close < Math.min(s.size(), j + APPOSED_NAME_TOKENS) && !s.lower(close).equals(",")) {
                close++;
            }
            j = s.lower(close).equals(",") && close > j + 1 ? close + 1 : j;
        }
        while (j < s.size() && s.token(j).pos().equals("AUX")) {
            j++; // "is enrolling", "has recruited"
        }
        boolean counted = ENROLLING.contains(s.lower(j)) && s.lower(j + 1).matches("[0-9][0-9,]*")
                && org.litkg.recognition.TrialRecognizer.PARTICIPANTS.contains(s.lower(j + 2));
        return counted && s.lower(j + 3).equals("at") ? j + 3 : -1;
    }

    /** Participles that join a partner institution to the researchers' own: "working with the University of Y". */
    private static final Set<String> PARTNERING = Set.of("working", "collaborating", "partnering", "teaming");
    /** How many words may stand between the researchers' institution and the participle: "in Blantyre,". */
    private static final int PARTNER_GAP = 4;

    /** The organisation in ", working with (the) Y" a few words after the researchers' institution ending at end. */
    private static Argument workingWith(Reading r, int si, int end) {
        Sentence s = r.sentence(si);
        for (int k = end; k < Math.min(s.size() - 2, end + PARTNER_GAP); k++) {
            if (PARTNERING.contains(s.lower(k)) && s.lower(k - 1).equals(",") && s.lower(k + 1).equals("with")) {
                Mention m = r.startingAt(si, s.lower(k + 2).equals("the") ? k + 3 : k + 2);
                return m == null ? null : r.argument(m, ORGS);
            }
            if (s.lower(k).equals(".") || s.token(k).pos().equals("VERB") && !s.token(k).isCapitalised()) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> MEETING_WORDS = Set.of("meeting", "conference", "congress", "symposium", "summit");
}
