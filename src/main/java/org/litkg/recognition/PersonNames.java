package org.litkg.recognition;

import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.document.NewsBylines;
import org.litkg.recognition.Cues.Category;

/** Whether a run of capitalised words is a person's name: by its words, and by the context a name has in news. */
public final class PersonNames {

    private final Cues cues;
    private final NameRuns runs;

    /** The pronouns a profile's bio gives: "she/her", "he/him", "they/them". */
    private static final java.util.regex.Pattern PRONOUN_TAG =
            java.util.regex.Pattern.compile("\\b(she/her|he/him|they/them)\\b");

    PersonNames(Cues cues, NameRuns runs) {
        this.cues = cues;
        this.runs = runs;
    }

    /** The hyphens joining the parts of names in [from, end): "Keun-Wook Lee-Marchetti" has two. */
    static int hyphens(Sentence s, int from, int end) {
        int n = 0;
        for (int k = from; k < end; k++) {
            n += s.lower(k).equals("-") ? 1 : 0;
        }
        return n;
    }

    int particles(Sentence s, int from, int end) {
        int n = 0;
        for (int k = from; k < end; k++) {
            n += cues.is(Category.NAME_PARTICLE, s.token(k).text()) ? 1 : 0;
        }
        return n;
    }

    boolean isPersonName(Sentence s, int from, int end) {
        for (int k = from; k < end; k++) {
            Token t = s.token(k);
            boolean innerParticle = k > from && k < end - 1 && cues.is(Category.NAME_PARTICLE, t.text());
            if (innerParticle) {
                continue; // "Caetano Reis e Sousa"
            }
            if (cues.is(Category.NOT_A_NAME, t.text()) && !(k == from && MonthNames.isFirstName(s, k, end))
                    || cues.is(Category.NAME_CONNECTOR, t.lower())
                    || t.text().chars().filter(Character::isUpperCase).count() > 2
                    || t.text().chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** How many tokens a signed-off name may take: "Mary-Jo Ann Lee-Smith". */
    private static final int SIGN_OFF_TOKENS = 7;
    /** How far past a line-opening name and its dash the post may end: "X Y - Postdoctoral Research Fellow". */
    private static final int POST_AFTER_DASH = 5;

    /** How many words a line's label before a name may take: "Your caller tonight: X, Y". */
    private static final int MAX_LABEL_WORDS = 3;

    /** The endings of nouns for who does a thing: "caller", "organiser", "curator", "pianist", "nominee". */
    private static final java.util.regex.Pattern AGENT_NOUN = java.util.regex.Pattern.compile(
            "\\p{L}{2,}(er|or|ist|ian|ee)");

    /**
     * Whether the run follows only a short label for a person and its colon at the sentence's start: "Caller: X",
     * "Your caller tonight: X", "Organiser: X", whatever the doer's noun, so a name with its institution after a
     * comma reads as a person's there as on a line of its own (a place's label, "Venue:", "Unit:", is no doer's).
     */
    private static boolean opensAfterLabel(Sentence s, int from) {
        if (from < 2 || from - 1 > MAX_LABEL_WORDS || !s.lower(from - 1).equals(":")) {
            return false;
        }
        java.util.function.IntPredicate word = k -> Character.isLetter(s.lower(k).charAt(0));
        java.util.function.IntPredicate doer = k -> AGENT_NOUN.matcher(s.lower(k)).matches();
        return java.util.stream.IntStream.range(0, from - 1).allMatch(word)
                && java.util.stream.IntStream.range(0, from - 1).anyMatch(doer);
    }

    /** No word of the run is a role or a title: "Chief Executive of Pfizer" names a post, not a person. */
    private boolean noRoleOrTitle(Sentence s, int from, int end) {
        for (int k = from; k < end; k++) {
            String w = s.token(k).text();
            if (cues.isRoleOrTitle(w)) {
                return false;
            }
        }
        return true;
    }

    /** The endings of a field's or a unit's name: "Oncology", "Genomics", "Medicine", "Surgery". */
    private static final java.util.List<String> FIELD_ENDINGS = java.util.List.of("ogy", "ics", "ine", "ery");

    /** A field of science's name, which no surname is: "Immunology", "Genomics". */
    private static final java.util.regex.Pattern FIELD_NAME = java.util.regex.Pattern.compile("\\p{L}+(ology|omics)");

    /** How many words a post alone on the line under a signature's name may take: "Clinical Trial Manager". */
    private static final int POST_LINE_WORDS = 3;

    /** Whether the line from token k, the sentence's last, is a short post ending in a role: "Trial Manager". */
    private boolean postLineAt(Sentence s, int k) {
        int words = s.size() - k;
        return words <= POST_LINE_WORDS && cues.isRoleNoun(s.lower(s.size() - 1))
                && java.util.stream.IntStream.range(k + 1, s.size()).noneMatch(s::lineBreakBefore);
    }

    /** Whether the tokens before {@code end} are all on the sentence's first line. */
    private static boolean onFirstLine(Sentence s, int end) {
        return java.util.stream.IntStream.range(1, end).noneMatch(s::lineBreakBefore);
    }

    /** Whether a run of capitalised words reads as an organisation's unit: "Pfizer Oncology", "Roche Diagnostics". */
    private boolean looksLikeUnit(Sentence s, int from, int end) {
        String last = s.lower(end - 1);
        return CoinedWords.looksStronglyEnglish(last) || FIELD_ENDINGS.stream().anyMatch(last::endsWith)
                || java.util.stream.IntStream.range(from, end).anyMatch(k -> cues.is(Category.ORG_HEAD, s.token(k).text())
                || cues.is(Category.COMPANY_NOUN, s.lower(k)));
    }

    /** What follows a listed name's bracketed institution: the next name, or the list's end. */
    private static final java.util.Set<String> LISTED_AFTER = java.util.Set.of(",", "and", ".", ";", "");

    /** A press or communications unit's last word, which a contact line may name instead of a person. */
    private static final java.util.Set<String> OFFICE_WORDS = java.util.Set.of("Office", "Desk", "Team", "Relations",
            "Communications", "Department", "Unit", "Services", "Affairs", "Centre", "Center");

    /** Family words, which an obituary or a patient's story sets before a relative's name: "Her daughter, Katrine Solberg,". */
    static final java.util.Set<String> KIN_NOUNS = java.util.Set.of("daughter", "son", "wife", "husband", "mother",
            "father", "sister", "brother", "widow", "widower", "granddaughter", "grandson");

    /** An age as news writes it after a name: "X, 31,". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9][0-9]?");

    /** A message's time as a chat export stamps it: "08:15", "8:15:02", "20:41". */
    private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile(
            org.litkg.document.PageLayout.CLOCK_TIME);

    /**
     * Whether token k closes a chat export's time stamp before a sender's name: the "]" of "[03/12/2026, 09:41]" or the
     * dash of "03/12/2026, 09:41 -", the time (perhaps with "am" or "pm") right before it.
     */
    public static boolean isChatStamp(Sentence s, int k) {
        if (!s.lower(k).equals("]") && !s.lower(k).equals("-")) {
            return false;
        }
        int time = s.lower(k - 1).equals("am") || s.lower(k - 1).equals("pm") ? k - 2 : k - 1;
        return time >= 0 && CLOCK_TIME.matcher(s.lower(time)).matches();
    }

    /**
     * Labels of a record's fields that only a person fills: who wrote, signed or witnessed it, whose thesis it is, to
     * whom a paper's correspondence goes.
     */
    private static final java.util.Set<String> SIGNING_LABELS = java.util.Set.of("author", "signed", "witnessed", "witness",
            "candidate", "correspondence");

    /**
     * Whether the words around a run of names say it is a person's: a title or role before it, a reporting verb, "and
     * colleagues", a workplace after "of" or "is at", a degree or role after a comma, a byline.
     */
    /** An age written in words: "forty", "twenty". */
    private static final java.util.regex.Pattern AGE_WORDS = java.util.regex.Pattern.compile(
            "(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|\\w+teen)");

    /** What only a person has, after "whose": "X, whose laboratory showed", "X, whose husband". */
    private static final java.util.Set<String> PERSONAL_POSSESSIONS = java.util.Set.of("laboratory", "lab", "husband",
            "wife", "family", "parents", "students", "mentor", "doctoral", "phd");

    /**
     * Whether the one word from {@code from} to {@code end} names a paper's first author in "Lindqvist and colleagues
     * at the Karolinska Institutet show" or "the report by Okonkwo and colleagues": a surname with colleagues at an
     * institution, or a cited report's, is a person's. (A lab named by a surname alone, "the Keller lab at the
     * University of Zurich", names no one the text has named.)
     */
    boolean leadsColleaguesAt(Sentence s, int from, int end) {
        boolean andColleagues = s.lower(end).equals("and") && cues.is(Category.COLLEAGUE_NOUN, s.lower(end + 1));
        boolean colleagues = andColleagues && (s.lower(end + 2).equals("at") || s.lower(end + 2).equals("from"));
        int at = !colleagues ? -1 : s.lower(end + 3).equals("the") ? end + 4 : end + 3;
        String w = s.lower(from);
        boolean surnameShape = s.token(from).isTitleCase() && !FIELD_NAME.matcher(w).matches()
                && !CoinedWords.looksStronglyEnglish(w) && !cues.is(Category.NOT_A_NAME, s.token(from).text())
                && !cues.is(Category.STOP_MODIFIER, w); // not "Microbiology and colleagues"
        // "the report by Okonkwo and colleagues (Gut 2026)": a cited paper's first author, named by surname
        boolean cited = andColleagues && s.lower(from - 1).equals("by")
                && cues.is(Category.STUDY_NOUN, s.lower(from - 2));
        return (cited || at > 0 && at < s.size() && runs.orgHeadWithin(s, at, runs.end(s, at) - at))
                && isPersonName(s, from, end) && surnameShape && noRoleOrTitle(s, from, end);
    }

    /** Whether the name at {@code from} follows "and" and a name a plural role lists: "authors A B and C D". */
    private boolean secondListedAfterPluralRole(Sentence s, int from) {
        if (!s.lower(from - 1).equals("and")) {
            return false;
        }
        int k = from - 2;
        while (k > 0 && from - 2 - k < 3 && s.token(k).isTitleCase()) {
            k--;
        }
        return k < from - 3 && cues.isPluralRoleNoun(s.lower(k));
    }

    boolean hasPersonContext(Sentence s, int from, int end) {
        int cue = s.lower(from - 1).equals(":") ? from - 2 : from - 1; // "Principal investigator: Ghayas Issa"
        cue = s.lower(cue).equals(".") && cue >= 1 && cues.is(Category.TITLE_WORD, s.token(cue - 1).text()) ? cue - 1 : cue;
        if (cue >= 0 && cues.isRoleOrTitle(s.token(cue).text())) {
            return true; // "Dr. Jane Doe", "oncologist Jane Doe", "Principal Investigator: Jane Doe"
        }
        if (secondListedAfterPluralRole(s, from)) {
            return true; // "Co-first authors Anna Holm and Jonas Berg worked in the group of"
        }
        if (s.lower(from - 1).equals("old") && s.lower(from - 3).equals("year") && s.lower(from - 4).equals("-")
                && !s.lower(from - 5).isEmpty() && (Character.isDigit(s.lower(from - 5).charAt(0))
                || AGE_WORDS.matcher(s.lower(from - 5)).matches())) {
            return true; // "16-year-old Lily Marchand", "Thirty-year-old Maren Ostby": only a person has an age
        }
        if (s.lower(end).equals(",") && AGE.matcher(s.lower(end + 1)).matches()
                && (s.lower(end + 2).equals(",") || s.lower(end + 2).equals("."))) {
            return true; // "Owen Tregarthen-Mbeki, 31, a local plumber": only a person is given an age so
        }
        if (s.lower(from - 1).equals(":") && (s.lower(from - 2).equals("contact") || s.lower(from - 2).equals("contacts"))
                && !OFFICE_WORDS.contains(s.token(end - 1).text()) && !cues.isRoleNoun(s.token(end - 1).text())
                && !CoinedWords.looksStronglyEnglish(s.lower(end - 1))) { // but "Media contact: Press Office, University of X
            return true; // a release's "Media contact: Rosalind Meyer-Quaye, press office"
        }
        if (from == 0 && s.lower(end).length() > 1 && s.lower(end).startsWith("@") && noRoleOrTitle(s, from, end)) {
            return true; // a post's header: "Ama Okyere-Hall @ama_parasites · 20 Nov"
        }
        if (from == 2 && s.lower(1).equals(":") && s.lower(0).equals("name") && end == s.size()) {
            return true; // a form's "NAME: Tove Mwale-Sorensen", the whole line
        }
        if (s.lower(end).equals(":") && isChatStamp(s, from - 1)) {
            return true; // a chat export's sender: "[03/12/2026, 09:41] Marisol Achterberg-Nwosu: Every assay"
        }
        if (s.lower(from - 1).equals(":") && SIGNING_LABELS.contains(s.lower(from - 2))) {
            return true; // a lab notebook's "Author: R. Tallis-Ofori", "Signed: X", a thesis's "Candidate: X Y"
        }
        // an e-mail's sender, the whole line ("From: Tomasz Wierzbicki-Lund"), a form's "Booked by: X"; but not a unit
        // in either ("From: Press Office", "Commissioned by: Public Engagement Office")
        boolean sender = from == 2 && s.lower(0).equals("from") && s.lower(1).equals(":")
                && (end == s.size() || s.lower(end).equals("<"));
        // a video call's saved chat: "10:04:51 From Jonas Meyer-Oduya to Everyone: Great talk!"
        sender |= from == 1 && s.lower(0).equals("from") && s.lower(end).equals("to")
                && (s.lower(end + 2).equals(":") || s.lower(end + 3).equals(":"));
        boolean maker = from == 3 && s.lower(2).equals(":") && s.lower(1).equals("by") && s.lower(0).endsWith("ed");
        if ((sender || maker) && !OFFICE_WORDS.contains(s.token(end - 1).text()) && !looksLikeUnit(s, from, end)) {
            return true;
        }
        String before = s.lower(from - 1);
        String after = s.lower(end);
        boolean roleOrKin = from >= 2 && (cues.isRoleNoun(s.token(from - 2).text()) || KIN_NOUNS.contains(s.lower(from - 2)));
        // "said Pinebrook's chief executive, Marcus Delgado-Frye.": the holder may close the sentence
        boolean closes = after.equals(",") || after.equals(".") && end == s.size() - 1;
        // "The company's CEO, Mira Solberg-Akande,": a possessed post in capitals is a role too
        boolean possessedRole = from >= 3 && s.token(from - 3).isPossessive();
        if (before.equals(",") && roleOrKin && closes && !FIELD_NAME.matcher(s.lower(end - 1)).matches()
                && (Character.isLowerCase(s.token(from - 2).text().charAt(0)) || possessedRole)) {
            // "Our medical correspondent, Priya Osei, reports": a role, then its holder set off by commas (but a post's
            // title in a signature, "Global Clinical Leader, Oncology Development, Bayer AG", is followed by its unit,
            // as "Group leader, Parasite Immunology, Y" is by its field)
            return true;
        }
        boolean introduced = before.equals("i'm") || before.equals("i’m")
                || before.equals("am") && s.lower(from - 2).equals("i"); // "I am X" (past a sentence's start, nothing)
        if (introduced || PersonalCues.headsGroup(s, from, end) && !looksLikeUnit(s, from, end)) {
            // a speaker introducing themself: "I'm Ravi Lindqvist-Mensah, and I run the laboratory"; a group's head:
            // "from Anna Lindqvist's group at Karolinska Institutet"
            return true;
        }
        if (PersonalCues.isQuestioner(s, from) && s.lower(end).equals("with")) {
            return true; // a call's operator: "Our first question comes from Priya Raman with Lindell Securities"
        }
        if (before.equals("said") || before.equals("says")
                || before.equals("by") && cues.is(Category.LEADING_VERB, s.lower(from - 2))
                || before.equals("to") && s.lower(from - 2).equals("according")) {
            return true;
        }
        if (QuotedSpeakers.SPEECH_VERBS.contains(after) || PersonalCues.gendered(s, from, end)
                || PersonalCues.namedRelative(s, from) // "our son Leo Barnes"
                || PersonalCues.joinedInPost(s, end, cues) || PersonalCues.joinsGroup(s, end)
                || PersonalCues.joinedInstitutionIn(s, end) // "X joined the University of Leeds in 1991"
                || PersonalCues.listedLeftToRight(s, from) // a photo caption's "left to right: A, B, C"
                || PersonalCues.credited(s, from)
                || PersonalCues.ownPostApposed(s, end) // "Quiz compiled by X", "X, our churchwarden,"
                || PersonalCues.bracketedPost(s, end, cues) // "X (postdoctoral researcher)"
                || PersonalCues.alumnusBracket(s, end, cues) // "X (BSc Biochemistry, 2004)"
                || PersonalCues.predicatedRole(s, end, cues) && noRoleOrTitle(s, from, end)) { // "X is a science writer"
            return true; // "X said", "Eli Sato finished his PhD", "X has joined Iovance as head of manufacturing"
        }
        if (cues.is(Category.LEADING_VERB, after) && s.lower(end + 1).equals("the")
                && cues.is(Category.STUDY_NOUN, s.lower(end + 2)) && noRoleOrTitle(s, from, end)
                && !looksLikeUnit(s, from, end)) { // but "Pfizer Oncology led the research"
            return true; // "Chiamaka Lindberg-Obi led the work": a study's leader, who is a person
        }
        if (after.equals("and") && cues.is(Category.COLLEAGUE_NOUN, s.lower(end + 1))
                || before.equals("by") && cues.is(Category.STUDY_NOUN, s.lower(from - 2))) {
            return true; // "Brett King and colleagues report", "a study by Parameswaran Nair"
        }
        // "By X, Oncology Today staff writer": capitals right before a post's lower-case words name the outlet
        boolean outlet = before.equals(",") && end < s.size() && !after.equals("and")
                && s.token(end).text().chars().allMatch(Character::isLowerCase);
        if (from >= 1 && onFirstLine(s, end) && !outlet
                && NewsBylines.isNewsByline(s.text().lines().findFirst().orElse(""))) {
            // "By Maren Quist-Abiodun · November 19, 2026", "By A and B", "Thread by X (@handle)" over the writer's post
            return true;
        }
        int at = (after.equals("is") || after.equals("works")) && s.lower(end + 1).equals("at") ? end + 2 : -1;
        at = at > 0 && s.lower(at).equals("the") ? at + 1 : at;
        if (at > 0 && at < s.size() && runs.orgHeadWithin(s, at, runs.end(s, at) - at)) {
            return true; // an author's address: "Oluwaseun Pemberton-Akagi is at the Peter MacCallum Cancer Centre"
        }
        int of = after.equals(",") && s.lower(end + 1).equals("of") ? end + 1 : after.equals("of") ? end : -1;
        int org = of > 0 ? (s.lower(of + 1).equals("the") ? of + 2 : of + 1) : -1; // "Kessler-Obi, of the X Institute,"
        boolean orgAfter = org > 0 && org < s.size() && runs.orgHeadWithin(s, org, runs.end(s, org) - org);
        if (orgAfter && noRoleOrTitle(s, from, end)) {
            return true; // "Harry Yoon of the Mayo Clinic", "Daniel Wolff of University Hospital Regensburg"
        }
        if (after.equals(",") && s.lower(end + 1).equals("whose") && PERSONAL_POSSESSIONS.contains(s.lower(end + 2))
                && noRoleOrTitle(s, from, end)) {
            return true; // "Margit Haller, whose laboratory at the University of Graz showed": only a person has a lab so
        }
        boolean place = before.equals("in") || before.equals("of") || before.equals("at"); // "... in St. Louis, who led"
        if (after.equals(",") && !place && s.lower(end + 1).equals("who") && cues.is(Category.LEADING_VERB, s.lower(end + 2))) {
            return true; // "Douglas Fearon, who led the study, said"
        }
        int listedPlace = after.equals(",") ? (s.lower(end + 1).equals("the") ? end + 2 : end + 1) : -1;
        // after a label, not a unit or a place: "Commissioned by: Public Engagement Office, Y", "Venue: X Theatre, Y"
        boolean lineStart = from == 0 || opensAfterLabel(s, from) && !OFFICE_WORDS.contains(s.token(end - 1).text())
                && !looksLikeUnit(s, from, end);
        int placeEnd = listedPlace > 0 && listedPlace < s.size() ? runs.end(s, listedPlace) : -1;
        // or a bracket holding only the name and its place: a contest entry's "(Priya Venkataraman-Holt, University of
        // Toronto)" after the entry
        lineStart |= before.equals("(") && placeEnd > 0 && s.lower(placeEnd).equals(")")
                && !OFFICE_WORDS.contains(s.token(end - 1).text()) && !looksLikeUnit(s, from, end);
        if (lineStart && placeEnd > 0 && noRoleOrTitle(s, from, end)
                && runs.orgHeadWithin(s, listedPlace, placeEnd - listedPlace)) {
            // a programme's speaker line: "Binita Kamath, The Hospital for Sick Children, Toronto", "Caller: X, Y"
            return true;
        }
        int bracketEnd = after.equals("(") ? runs.end(s, end + 1) : -1; // a list's "A (University of Y), B (Z) and C"
        if (bracketEnd > end + 1 && s.lower(bracketEnd).equals(")") && LISTED_AFTER.contains(s.lower(bracketEnd + 1))
                && runs.orgHeadWithin(s, end + 1, bracketEnd - end - 1) && noRoleOrTitle(s, from, end)
                && !looksLikeUnit(s, from, end)) {
            return true;
        }
        if (after.equals("(") && cues.is(Category.DEGREE, s.lower(end + 1))
                && PublicationContext.isYear(s.lower(end + 2)) && s.lower(end + 3).equals(")")) {
            return true; // an alumni note's "Priya Natarajan (PhD 2009), now a professor at Y"
        }
        // an alumni line's "Samuel Achterberg (PhD student, 2018-2023)"
        boolean bracketedRole = after.equals("(") && s.lower(end + 3).equals(",")
                && (cues.isRoleNoun(s.lower(end + 2)) || cues.isRoleNoun(s.lower(end + 1)));
        if (bracketedRole || after.equals("(") && (cues.isRoleNoun(s.token(end + 1).text())
                || s.lower(end + 1).matches("['’]\\d{2}")) && s.lower(end + 2).equals(")")) {
            return true; // a signature's "R. Sandoval (PI), Department of X"; a class year's "Tomasz Wierzbicki ('27)"
        }
        // a name read alone (layout reads such a line only as the text's writer signing off), or a message's signature
        // after a dash: "— Annelie Brusewitz (your proud PI)"
        boolean dashed = from == 1 && (s.lower(0).equals("—") || s.lower(0).equals("–"));
        boolean signs = end == s.size() || dashed && (after.equals("(") || after.equals(","));
        if ((from == 0 || dashed) && signs && end - from <= SIGN_OFF_TOKENS && noRoleOrTitle(s, from, end)
                && !OFFICE_WORDS.contains(s.token(end - 1).text())) { // but a team signs off too: "Information Governance Team"
            return true;
        }
        if (from == 0 && s.lineBreakBefore(end) && (cues.isRoleOrTitle(s.token(end).text()) || postLineAt(s, end))
                && noRoleOrTitle(s, from, end)) {
            return true; // a signature's name line, its post on the line under it: "X Y" above "Chief Executive, Z"
        }
        if (from == 0 && s.lineBreakBefore(end) && PRONOUN_TAG.matcher(s.text()).find()
                && noRoleOrTitle(s, from, end)) {
            return true; // a profile's name line over a bio that gives the person's pronouns: "... | he/him"
        }
        boolean dashedPost = from == 0 && (after.equals("-") || after.equals("–") || after.equals("—"));
        for (int k = end + 1; dashedPost && k < Math.min(s.size(), end + POST_AFTER_DASH); k++) {
            if (cues.isRoleNoun(s.lower(k)) && noRoleOrTitle(s, from, end)) {
                return true; // a lab page's member line: "Maja Lindqvist-Oduya - PhD Student"
            }
        }
        if (after.equals(",") && noRoleOrTitle(s, from, end)) { // not "Designated Federal Officer, Division of X"
            for (int k = end + 1; k < Math.min(s.size(), end + 8); k++) {
                if (cues.isRoleNoun(s.lower(k)) || k == end + 1 && cues.is(Category.DEGREE, s.lower(k))
                        && !s.token(k).text().equals("do")) { // "Karen Liu, PharmD, presented"
                    return true;
                }
                if (s.lower(k).equals(",") || s.lower(k).equals(".")) {
                    break;
                }
            }
        }
        return false;
    }
}
