package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PersonNames;

/**
 * The person a first-person text names as its writer or speaker ("My name is Dr. Adaeze Okafor", "I am Dr. X"), and the
 * workplaces that person then gives in the first person ("I treat people with lung cancer at the Bellhaven Cancer
 * Institute, and I teach at Eastmoor State University"): testimony, letters and blog posts introduce their writer so.
 * Only a working verb right after "I" counts: "I was treated at Y", a patient's sentence, names no workplace.
 */
final class Narrator {

    /** How many sentences after the introduction its first-person workplaces may come. */
    private static final int REACH = 3;
    private static final Set<String> WORKING_VERBS = Set.of("work", "teach", "treat", "practise", "practice", "lead",
            "direct", "run", "am", "see", "serve", "head", "shared"); // "Amara and I shared a lab ... at Y"
    /** How far after the verb "at" may come: "I treat people with lung cancer at the X". */
    private static final int AT_REACH = 8;
    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);

    private Narrator() {
    }

    /** The writer introduced in sentence si or the few before it, as an argument at token k of si; else null. */
    static Argument writer(Reading r, int si, int k) {
        Mention labelled = r.startingAt(si, 0); // a transcript's "BRENNECKE: my lab's paper came out in J"
        boolean speaking = labelled != null && labelled.type() == EntityType.PERSON
                && r.sentence(si).lower(labelled.to()).equals(":") && labelled.to() < k;
        Mention writer = speaking ? labelled : introducedBefore(r, si);
        Argument person = writer == null ? null : r.argument(writer, PEOPLE);
        Sentence s = r.sentence(si);
        return person == null ? null : new Argument(person.node(), s.token(k).span(), s.token(k).text(), true);
    }

    /**
     * Lines that place a person by what they are on a page: a lab's member or head, a lab page's staff line, a form's
     * maker.
     */
    private static final java.util.Set<String> PLACING_LINES =
            java.util.Set.of("person-lab-member", "person-lab-head", "letterhead-form-line");

    /**
     * The organisations the statements read so far place {@code person} at, by what the person wrote of themself or
     * what the head of their group wrote of them ("as a postdoc in my group at Y").
     */
    static List<Argument> placesSaid(Argument person, List<Statement> out) {
        return workPlaces(person, out, List.of());
    }

    /**
     * Where the person's work was done, as far as the text says: where they said their own group works ("I work at
     * the X Trust and lead a research group at Y", "my lab at the University of Cambridge"), which is where its work
     * is done, not a company they co-founded; else the places {@code known} (what the text said of them elsewhere) and
     * those they said they work at, each once.
     */
    static List<Argument> workPlaces(Argument person, List<Statement> out, List<Argument> known) {
        List<Argument> groups = said(person, out).filter(st -> st.evidence().method().equals("narrator-group-place"))
                .map(st -> st.evidence().object()).toList();
        List<Argument> places = new java.util.ArrayList<>(groups.isEmpty() ? known : groups); // callers may narrow it
        if (!groups.isEmpty()) {
            return places;
        }
        said(person, out).map(st -> st.evidence().object())
                .filter(p -> places.stream().noneMatch(a -> a.node().equals(p.node()))).forEach(places::add);
        return places;
    }

    private static java.util.stream.Stream<Statement> said(Argument person, List<Statement> out) {
        return out.stream().filter(st -> st.relation() == RelationType.AFFILIATED_WITH
                        && (st.evidence().method().startsWith("narrator-")
                            || PLACING_LINES.contains(st.evidence().method()))
                        && st.evidence().subject().node().equals(person.node())
                        && st.evidence().object().node().type() == EntityType.ORGANIZATION);
    }

    /** Reads sentence si's first-person workplaces as the introduced writer's. */
    static void workplaces(Reading r, int si, List<Statement> out) {
        int group = ourGroupAt(r.sentence(si));
        int here = hereAt(r.sentence(si));
        int day = countedOrNewPostAt(r.sentence(si));
        if (group < 0 && here < 0 && day < 0 && !speaksOfWork(r.sentence(si))) {
            return; // most sentences: no need to look back for an introduction
        }
        Mention writer = introducedBefore(r, si);
        if (writer == null) {
            return;
        }
        Argument person = r.argument(writer, PEOPLE);
        if (person == null) {
            return;
        }
        // "our group, at the Halden Skin Research Centre, has spent six years on": the writer's own group's place
        placeAt(r, si, List.of(person), group, group, group + 1, "narrator-group-place", out);
        // "Every assay was run here at the Francis Crick Institute": where the writer is
        placeAt(r, si, List.of(person), here, here - 2, here, "narrator-here", out);
        // "Today is my last day at the Francis Crick Institute": where the writer works, until today
        placeAt(r, si, List.of(person), day, day - 1, day, "narrator-workplace", out);
        Sentence s = r.sentence(si);
        for (int i = 0; i < s.size(); i++) {
            if (!isWorkingI(s, i)) {
                continue;
            }
            // "Amara and I shared a lab for five years at Y": both worked there
            Mention partner = s.lower(i - 1).equals("and") ? r.endingAt(si, i - 2) : null;
            Argument colleague = partner == null ? null : r.argument(partner, PEOPLE);
            List<Argument> people = colleague != null && colleague.node().type() == EntityType.PERSON
                    ? List.of(person, colleague) : List.of(person);
            int at = atWithin(s, i + 2);
            Mention before = at < 0 && s.lower(i - 1).equals("where") && s.lower(i - 2).equals(",")
                    ? placeBefore(r, si, i - 2) : null;
            // "At the Kennedy Institute of Rheumatology in Oxford, where I lead a small group"
            placeAt(r, si, people, before == null ? -1 : before.from(), i, i + 1, "narrator-workplace", out);
            if (at > 0) {
                placeAt(r, si, people, at + 1, i, i + 1, "narrator-workplace", out);
                // "I work at X and lead a small research group at Y": the group's own place too
                int second = at + 1;
                while (second < s.size() && !s.lower(second).equals(";") && !s.lower(second).equals("and")) {
                    second++;
                }
                boolean leads = second + 1 < s.size() && WORKING_VERBS.contains(s.lower(second + 1));
                int groupAt = leads ? atWithin(s, second + 2) : -1;
                placeAt(r, si, people, groupAt < 0 ? -1 : groupAt + 1, second + 1, second + 2, "narrator-group-place",
                        out);
            }
        }
    }

    /** The organisation named right before token {@code end} of sentence si, perhaps with its town; else null. */
    private static Mention placeBefore(Reading r, int si, int end) {
        Mention last = null;
        for (Mention m : r.mentions(si)) {
            last = m.to() <= end && m.type() == EntityType.ORGANIZATION && !m.anaphoric() ? m : last;
        }
        return last != null && end - last.to() <= TOWN_WORDS ? last : null;
    }

    /** How many words a town after an organisation may take: "in Oxford", "in New York". */
    private static final int TOWN_WORDS = 3;

    /**
     * Places the people at the organisation named from token k of sentence si (past its article, "the X Institute"), if
     * one is named there, with the cue at tokens [cueFrom, cueTo).
     */
    private static void placeAt(Reading r, int si, List<Argument> people, int k, int cueFrom, int cueTo, String method,
            List<Statement> out) {
        Mention org = k < 0 ? null : r.startingAt(si, r.sentence(si).lower(k).equals("the") ? k + 1 : k);
        Argument place = org == null ? null : r.argument(org, StudyPatterns.ORGS);
        if (place == null || place.node().type() != EntityType.ORGANIZATION) {
            return;
        }
        for (Argument person : people) {
            r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(place), si, cueFrom, cueTo, org.from(), org.to(),
                    method, 0.7, out);
        }
    }

    /** "our group, at the X" or "my lab at X": the token after "at" (its article or the name), else -1. */
    private static int ourGroupAt(Sentence s) {
        for (int i = 0; i + 3 < s.size(); i++) {
            int own = s.lower(i + 1).equals("own") ? 1 : 0; // "My own team at the Francis Crick Institute has found"
            boolean team = SurnameTeams.TEAM_NOUNS.contains(s.lower(i + 1 + own));
            if (StudyPossessors.WRITER_POSSESSIVES.contains(s.lower(i)) && team) {
                int at = s.lower(i + 2 + own).equals(",") ? i + 3 + own : i + 2 + own;
                if (s.lower(at).equals("at") && at + 1 < s.size()) {
                    return at + 1;
                }
            }
        }
        return -1;
    }

    /** The "at" within {@link #AT_REACH} tokens from k, before a comma, a semicolon or another "I"; else -1. */
    private static int atWithin(Sentence s, int k) {
        for (int j = k; j < Math.min(s.size(), k + AT_REACH); j++) {
            if (s.lower(j).equals(",") || s.lower(j).equals(";") || s.token(j).text().equals("I")) {
                return -1;
            }
            if (s.lower(j).equals("at")) {
                return j;
            }
        }
        return -1;
    }

    /** "here at X": the token after "at" (its article or the name), else -1. */
    private static int hereAt(Sentence s) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.lower(i).equals("here") && s.lower(i + 1).equals("at")) {
                return i + 2;
            }
        }
        return -1;
    }

    /** The spans of time a writer counts at a workplace: "my last day at Y", "After six years in X's group". */
    static final Set<String> DAYS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");

    /** Nouns of a job a writer starts: "a new position as Group Leader at X". */
    private static final Set<String> POSTS = Set.of("position", "post", "job", "role");
    /** How far after the job's noun its "at" may come: "position as Group Leader at". */
    private static final int POST_REACH = 6;

    /**
     * "my last day at X", "my first week at X", "starting a new position as Group Leader at X": the token after "at"
     * (its article or the name), else -1.
     */
    private static int countedOrNewPostAt(Sentence s) {
        for (int i = 0; i + 4 < s.size(); i++) {
            boolean firstOrLast = s.lower(i + 1).equals("first") || s.lower(i + 1).equals("last");
            if (s.lower(i).equals("my") && firstOrLast && DAYS.contains(s.lower(i + 2))
                    && s.lower(i + 3).equals("at")) {
                return i + 4;
            }
            if (s.lower(i).equals("new") && POSTS.contains(s.lower(i + 1))) {
                for (int k = i + 2; k < Math.min(s.size() - 1, i + 2 + POST_REACH); k++) {
                    if (s.lower(k).equals("at")) {
                        return k + 1;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean speaksOfWork(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (isWorkingI(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** "I" at token i, a working verb right after it: "I teach", "I treat". */
    private static boolean isWorkingI(Sentence s, int i) {
        return s.token(i).text().equals("I") && WORKING_VERBS.contains(s.lower(i + 1));
    }

    /** The writer introduced in sentence si or the few before it; else null. */
    static Mention introducedBefore(Reading r, int si) {
        Mention writer = null;
        for (int back = si; back >= Math.max(0, si - REACH) && writer == null; back--) {
            writer = introduced(r, back);
        }
        writer = writer == null ? formName(r, si) : writer;
        for (int f = 0; f < Math.min(si, FORM_HEAD_SENTENCES) && writer == null; f++) {
            writer = introduced(r, f); // a talk's or pitch's opening "Hi, I'm X" names whose "I" the whole text is
        }
        return writer != null ? writer : Signatures.signer(r, si); // an email's or a card's signature under the text
    }

    /**
     * A form's field naming the person it is by: a sketch's "NAME:", a fellowship application's "Applicant:", a talk's
     * notes' "Speaker:", a mentor profile's "Mentor:".
     */
    private static final Set<String> FORM_NAME_LABELS = Set.of("name", "applicant", "lead applicant",
            "principal applicant", "speaker", "candidate statement", // an election's "Candidate statement: Dr. X"
            "mentor", // a mentoring scheme's profile: "Mentor: Dr. X" over "About my research"
            "from", // an e-mail's sender: "From: X" over "Today is my last day at Y"
            "interviewee", "witness"); // a transcript's "Witness: Dr. X", whose answers say "my group"

    /** Whether the word names a form's person's role: "The applicant's group showed" is the "Applicant:" field's. */
    static boolean isFormRole(String word) {
        return FORM_NAME_LABELS.contains(word);
    }

    /** How many words a form's name label may take: "Lead applicant:". */
    private static final int FORM_LABEL_WORDS = 2;
    /** How far into a form its "NAME:" field may come, after the form's instructions. */
    private static final int FORM_HEAD_SENTENCES = 8;

    /**
     * A form's "NAME: (Dr.) X" or "Applicant: X", which names the person the whole form is about and by: a biographical
     * sketch's or an application's personal statement, pages after the field, says "my laboratory" for X's; a speech's
     * heading, "Remarks by Dr. X", names whose "I" its text is. Only a field or heading before sentence si counts.
     */
    private static Mention formName(Reading r, int si) {
        for (int f = 0; f < Math.min(si, FORM_HEAD_SENTENCES); f++) {
            Sentence s = r.sentence(f);
            int colon = s.labelColon(FORM_LABEL_WORDS);
            int name = colon > 0 && colon + 1 < s.size() && FORM_NAME_LABELS.contains(s.textOf(0, colon).toLowerCase(
                    java.util.Locale.ROOT)) ? colon + 1 : speakerAfter(s);
            name = name < 0 && f == 0 ? profileName(r, s) : name;
            if (name >= 0) { // a profile's name with no title opens the text, at token 0
                Mention m = r.startingAt(f, afterTitles(r, s, name));
                return m != null && m.type() == EntityType.PERSON && !m.anaphoric() ? m : null;
            }
        }
        return null;
    }

    /**
     * A social post's or a profile's header, the writer's name and under it their headline ("Dr. X Y / Pulmonologist |
     * Associate Professor at Z"): the name's token where the text opens with a name and a capitalised word or nothing
     * after it (not with a sentence about the person, "Dr. X, a professor at Z, found"); else -1.
     */
    private static int profileName(Reading r, Sentence s) {
        int name = afterTitles(r, s, 0);
        Mention m = r.startingAt(s.index(), name);
        boolean header = m != null && m.type() == EntityType.PERSON
                && (m.to() >= s.size() || s.token(m.to()).isCapitalised() && !s.token(m.to()).text().equals("I"));
        return header ? name : -1;
    }

    /**
     * Headings that name a speech's speaker after "by" ("Remarks as prepared for delivery by Dr. X", "Keynote address
     * by"), or a social network thread's writer ("Thread by X (@handle)").
     */
    private static final Set<String> HEADINGS_WITH_BY = Set.of("remarks", "address", "speech", "keynote", "lecture",
            "testimony", "statement", "sermon", "eulogy", "toast", "thread", "deposition", "affidavit");
    /** The titles of a scientist's by-line, which a reporter's lacks; and how long the by-line may be. */
    private static final Set<String> ACADEMIC_TITLES = Set.of("dr", "dr.", "prof", "prof.", "professor");
    private static final int BYLINE_TOKENS = 7;
    /** How far into its heading a speech's "by" may come. */
    private static final int SPEECH_BY_REACH = 7;

    /**
     * The token after "by" in a heading that opens with a speech's noun ("Commencement address by"), or after "of" right
     * after the noun ("Testimony of"), else -1.
     */
    private static int speakerAfter(Sentence s) {
        if (s.lower(0).equals("by") && ACADEMIC_TITLES.contains(s.lower(1)) && s.size() <= BYLINE_TOKENS) {
            return 1; // a scientist's post under its by-line: "By Dr. X" over "In my lab at Y we found"
        }
        if (!HEADINGS_WITH_BY.contains(s.lower(0)) && !HEADINGS_WITH_BY.contains(s.lower(1))) {
            return -1;
        }
        for (int k = 1; k < Math.min(s.size() - 1, SPEECH_BY_REACH); k++) {
            // "Testimony of Dr. X": "of" right after the heading's noun names the speaker too
            if (s.lower(k).equals("by") || s.lower(k).equals("of") && HEADINGS_WITH_BY.contains(s.lower(k - 1))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** What an interview's introduction does with its guest: "This month we meet Dr. X". */
    private static final Set<String> INTERVIEWING = Set.of("meet", "interview"); // not a newsletter's "we welcome X"

    /**
     * The person sentence si introduces as its writer: "My name is (Dr.) X", "I am (Dr.) X", "I'm X", a blog's "Posted by
     * (Dr.) X", an interview's "we meet (Dr.) X" or "Five minutes with (Dr.) X"; else null.
     */
    static Mention introduced(Reading r, int si) {
        Sentence s = r.sentence(si);
        Mention sender = chatSender(r, si);
        if (sender != null) {
            return sender; // a chat export's message is its sender's: "[03/12/2026, 09:41] X Y: ... here at Z"
        }
        for (int i = 0; i + 2 < s.size(); i++) {
            boolean myName = s.lower(i).equals("my") && s.lower(i + 1).equals("name") && s.lower(i + 2).equals("is");
            boolean iAm = s.token(i).text().equals("I") && (s.lower(i + 1).equals("am") || s.lower(i + 1).equals("'m"));
            boolean contracted = s.token(i).text().equals("I'm") || s.token(i).text().equals("I’m"); // one token
            // a blog's byline, a travel grant's "Report by X, PhD student"
            boolean posted = i == 0 && (s.lower(i).equals("posted") || s.lower(i).equals("report"))
                    && s.lower(i + 1).equals("by");
            // an interview's introduction, whose guest answers in the first person: "This month we meet Dr. X"
            boolean meet = s.lower(i).equals("we") && INTERVIEWING.contains(s.lower(i + 1));
            int guest = i == 0 ? InterviewGuests.guestAt(r, si) : -1; // an interview's "FIVE MINUTES WITH... Dr. X"
            int name = myName ? i + 3 : iAm || posted || meet ? i + 2 : contracted ? i + 1 : guest;
            name = name >= 0 ? afterTitles(r, s, name) : name;
            Mention m = name >= 0 ? r.startingAt(si, name) : null;
            if (m != null && m.type() == EntityType.PERSON && !m.anaphoric()) {
                return m;
            }
        }
        return null;
    }

    /** How far into its line a chat export's time stamp ends: "[ 03 / 12 / 2026 , 09:41 ]". */
    private static final int STAMP_TOKENS = 10;

    /** The person named after the time stamp opening sentence si's chat message, before its colon; else null. */
    private static Mention chatSender(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (int k = 1; k < Math.min(s.size() - 1, STAMP_TOKENS); k++) {
            if (PersonNames.isChatStamp(s, k)) {
                Mention m = r.startingAt(si, k + 1);
                boolean labelled = m != null && s.lower(m.to()).equals(":");
                return labelled && m.type() == EntityType.PERSON && !m.anaphoric() ? m : null;
            }
        }
        return null;
    }

    /** The token after the titles at and after {@code k}: "Dr.", "Professor". */
    static int afterTitles(Reading r, Sentence s, int k) {
        while (k < s.size() && (r.cues.isRoleOrTitle(s.token(k).text()) || s.lower(k).equals(".")
                || ACADEMIC_TITLES.contains(s.lower(k)))) { // a heading in capitals: "DEPOSITION OF DR. X"
            k++;
        }
        return k;
    }
}
