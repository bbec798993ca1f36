package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * What a sentence says after a name that only a person does: a gendered pronoun taking up the subject ("Eli Sato
 * finished his PhD"), or joining an employer in a post ("Marcus Whitfield has joined Iovance as head of
 * manufacturing"). Class notes and staff news open paragraphs with bare names that nothing else marks.
 */
public final class PersonalCues {

    private static final Set<String> GENDERED = Set.of("he", "she", "his", "her", "him", "himself", "herself");
    /** How far after the name the pronoun may be: "Grace Mbatha-Coleman is in her third year". */
    private static final int PRONOUN_REACH = 10;
    /** What ends the subject's clause before a pronoun could be about someone else: "X said that her ...". */
    private static final Set<String> CLAUSE_ENDS = Set.of("that", "who", "whose", "which", "said", "says", ";", ":");
    /** Verbs of taking a post at an employer: "joined Iovance", "before joining the University of Leeds". */
    public static final Set<String> JOINING_VERBS = Set.of("joined", "joining", "joins", "rejoined");
    /** How far after the joining verb "as" may be: "joined the University of Leeds as". */
    private static final int POST_REACH = 8;

    private PersonalCues() {
    }

    /** Words opening a fronted clause whose subject a name may be. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "since", "because", "although",
            "though", "while", "once", "until");

    /** Whose a relative is, before the family word: "our son Leo", "his wife Anna". */
    private static final Set<String> OWNERS = Set.of("my", "our", "his", "her", "their", "your");

    /**
     * Whether the name at from follows a family word and whose relative it is: "our son Leo", "my daughter, Maya,",
     * "Gareth's wife Ann". A patient's story names its people so, often by the given name alone.
     */
    static boolean namedRelative(Sentence s, int from) {
        int kin = s.lower(from - 1).equals(",") ? from - 2 : from - 1;
        return kin >= 1 && PersonNames.KIN_NOUNS.contains(s.lower(kin))
                && (OWNERS.contains(s.lower(kin - 1)) || s.token(kin - 1).isPossessive());
    }

    /** Whether the name at [from, end), opening its sentence, is taken up by "he", "she", "his" or "her" in its clause. */
    static boolean gendered(Sentence s, int from, int end) {
        if (from != 0 && !(from == 1 && SUBORDINATORS.contains(s.lower(0)))) {
            return false; // but "When Maya Okafor's leukaemia came back, her doctors": a fronted clause's subject
        }
        for (int k = end; k < Math.min(s.size(), end + PRONOUN_REACH); k++) {
            // "X spent eleven years making molecules for Pfizer before she decided": a name after a preposition is no
            // subject the pronoun could stand for
            boolean objectName = s.token(k - 1).pos().equals("ADP") && !s.lower(k - 1).equals("than");
            // "Priya Raman, who completed her PhD": a relative clause set off after the name is about the name
            boolean ownRelative = k == end + 1 && s.lower(end).equals(",") && s.lower(k).equals("who");
            if (CLAUSE_ENDS.contains(s.lower(k)) && !ownRelative
                    || k > end && s.token(k).isCapitalised() && !GENDERED.contains(s.lower(k)) && !objectName) {
                return false; // another name first: "Pfizer and Merck said her ..."
            }
            if (GENDERED.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name at [from, end) "has joined X as" a post: "as head of manufacturing", "as a senior scientist". */
    static boolean joinedInPost(Sentence s, int end, Cues cues) {
        int verb = s.lower(end).equals("has") || s.lower(end).equals("recently") ? end + 1 : end;
        if (!JOINING_VERBS.contains(s.lower(verb))) {
            return false;
        }
        for (int k = verb + 1; k < Math.min(s.size() - 1, verb + POST_REACH); k++) {
            if (s.lower(k).equals("as")) {
                int role = s.lower(k + 1).equals("a") || s.lower(k + 1).equals("an") || s.lower(k + 1).equals("its")
                        || s.lower(k + 1).equals("the") ? k + 2 : k + 1;
                return cues.isRoleNoun(s.token(role).text()) || s.lower(role).equals("head") || s.lower(role).equals("chief");
            }
        }
        return false;
    }

    /** The heads of the institutions a person joins as staff (a company joins an "Initiative" or a "Consortium"). */
    private static final Set<String> ACADEMIC_HEADS = Set.of("university", "institute", "college", "hospital", "school",
            "centre", "center", "infirmary");
    /** How many words an institution joined may have: "the University of Leeds", "the Francis Crick Institute". */
    private static final int INSTITUTION_WORDS = 6;

    /**
     * Whether the name ending at {@code end} joined an institution in a year, as a person takes a post: "When Margaret
     * Okonjo-Hale joined the University of Leeds in 1991" (a university's, an institute's or a hospital's name, then
     * "in" and the year).
     */
    static boolean joinedInstitutionIn(Sentence s, int end) {
        if (!JOINING_VERBS.contains(s.lower(end)) || !s.lower(end + 1).equals("the")) {
            return false;
        }
        boolean institution = false;
        int k = end + 2;
        for (; k < Math.min(s.size(), end + 2 + INSTITUTION_WORDS); k++) {
            if (!s.token(k).isCapitalised() && !s.lower(k).equals("of")) {
                break;
            }
            institution |= ACADEMIC_HEADS.contains(s.lower(k));
        }
        return institution && s.lower(k).equals("in") && PublicationContext.isYear(s.lower(k + 1));
    }

    private static final Set<String> GROUP_NOUNS = Set.of("group", "lab", "laboratory", "team");
    /** A research group's nouns a person's full name heads, not a company's ("Novo Nordisk's team"). */
    private static final Set<String> RESEARCH_GROUP_NOUNS = Set.of("group", "lab", "laboratory");

    /** Whether a full name of two or three words heads a research group: "Anna Lindqvist's group", "X Y's lab". */
    static boolean headsGroup(Sentence s, int from, int end) {
        boolean fullName = end - from >= 2 && end - from <= 3
                && java.util.stream.IntStream.range(from, end).allMatch(k -> s.token(k).isTitleCase());
        return fullName && s.lower(end).equals("'s") && RESEARCH_GROUP_NOUNS.contains(s.lower(end + 1));
    }
    private static final Set<String> ARRIVING = Set.of("comes", "came", "joins", "joined");

    /**
     * Whether the name ending at {@code end} "joins the group of" someone or "comes to us from" somewhere: a welcome
     * post's new student, which only a person does ("Amara Feldman-Osei joins the group of Professor X").
     */
    static boolean joinsGroup(Sentence s, int end) {
        int verb = s.lower(end).equals("has") ? end + 1 : end;
        boolean groupOf = JOINING_VERBS.contains(s.lower(verb)) && s.lower(verb + 1).equals("the")
                && GROUP_NOUNS.contains(s.lower(verb + 2)) && s.lower(verb + 3).equals("of");
        int us = s.lower(verb + 1).equals("to") ? verb + 2 : verb + 1;
        boolean cameFrom = ARRIVING.contains(s.lower(verb)) && s.lower(us).equals("us")
                && s.lower(us + 1).equals("from");
        return groupOf || cameFrom;
    }

    /** How far back a photo caption's "left to right" may stand before a name in its list. */
    private static final int CAPTION_LIST_REACH = 24;

    /**
     * Whether the name at {@code from} is in a photo caption's list of people after "left to right": "Back row, left to
     * right: Tom Reilly-Mensah, Priya Dasgupta-Holm, Jonas Eriksen-Obi" names only people.
     */
    static boolean listedLeftToRight(Sentence s, int from) {
        for (int k = from - 1; k >= Math.max(2, from - CAPTION_LIST_REACH); k--) {
            if (s.lower(k).equals("right") && s.lower(k - 1).equals("to") && s.lower(k - 2).equals("left")) {
                return true;
            }
            if (s.lower(k).equals(")")) { // past a bracketed role: "Dr. X (lab head), Y"
                int open = k - 1;
                while (open > 0 && !s.lower(open).equals("(")) {
                    open--;
                }
                if (!s.lower(open).equals("(")) {
                    return false;
                }
                k = open;
                continue;
            }
            String w = s.token(k).text();
            boolean listed = w.equals(",") || w.equals(":") || w.equals("-") || w.equals(".") || w.equals("and")
                    || Character.isUpperCase(w.charAt(0));
            if (!listed) {
                return false;
            }
        }
        return false;
    }

    /** How many lower-case words may describe the role a copula gives a name: "a science writer", "a consultant neurologist". */
    private static final int PREDICATED_ROLE_WORDS = 3;

    /** Words after a post's title that say what or where it is: "Professor of", "Director at". */
    private static final java.util.Set<String> POST_LINKS = java.util.Set.of("of", "at", "in");

    /**
     * Whether the name ending at {@code end} "is a" role: "Priya Natarajan-Holt is a science writer based in London",
     * "X is a neurologist at Duke", or holds a named post: "X is Professor of Y". Only a person holds a role so.
     */
    static boolean predicatedRole(Sentence s, int end, Cues cues) {
        boolean copula = s.lower(end).equals("is") || s.lower(end).equals("was");
        if (copula && end + 1 < s.size() && s.token(end + 1).isTitleCase() && cues.isRoleNoun(s.token(end + 1).text())
                && POST_LINKS.contains(s.lower(end + 2))) {
            return true; // "X is Professor of Metabolic Medicine at Y": a named chair, without an article
        }
        if (!copula || !s.lower(end + 1).equals("a") && !s.lower(end + 1).equals("an")) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.size(), end + 2 + PREDICATED_ROLE_WORDS); k++) {
            String w = s.token(k).text();
            if (!w.equals(s.lower(k)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return false; // "Roche is a Swiss company": a name or a number, no role's words
            }
            if (cues.isRoleNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** How far before "from" the operator's "question" may stand: "Our next question comes from". */
    private static final int QUESTION_REACH = 3;

    /**
     * Whether the name at {@code from} is an earnings call's questioner, as an operator introduces one: "Our first
     * question comes from X with Lindell Securities", "The next question is from Dr. X".
     */
    public static boolean isQuestioner(Sentence s, int from) {
        int before = s.lower(from - 1).equals(".") && s.lower(from - 2).equals("dr") ? from - 2 : from; // "from Dr . X"
        before = s.lower(before - 1).equals("dr") || s.lower(before - 1).equals("dr.") ? before - 1 : before; // "Dr. X"
        if (!s.lower(before - 1).equals("from")) {
            return false;
        }
        for (int k = before - 2; k >= Math.max(0, before - 1 - QUESTION_REACH); k--) {
            if (s.lower(k).startsWith("question")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Participles of a credit line before "by": "Quiz compiled by X", "Photographs by", "Edited by X", "Compiled by the
     * pharmacy team at Y"; what they credit is a document's making, not a study.
     */
    public static final Set<String> CREDIT_VERBS = Set.of("compiled", "edited", "written", "photographed",
            "illustrated", "produced", "presented", "prepared", "designed", "drawn", "translated", "printed",
            "updated");

    /** Whether the name at {@code from} follows a credit line's participle and "by": "Quiz compiled by X.". */
    static boolean credited(Sentence s, int from) {
        return s.lower(from - 1).equals("by") && CREDIT_VERBS.contains(s.lower(from - 2));
    }

    /** Possessives that open a post apposed to a name: "X, our churchwarden,", "X, his coach,". */
    private static final Set<String> POST_POSSESSIVES = Set.of("our", "my", "his", "her", "their");
    /** How many lower-case words the apposed post may have: "our parish administrator". */
    private static final int APPOSED_POST_WORDS = 3;

    /**
     * Whether the name ending at {@code end} has a post apposed with "our" or another possessive and closed by a comma:
     * "Margaret X, our churchwarden, walked"; what a community calls its own is a person's post, whatever its noun.
     */
    static boolean ownPostApposed(Sentence s, int end) {
        if (!s.lower(end).equals(",") || !POST_POSSESSIVES.contains(s.lower(end + 1))) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.size(), end + 2 + APPOSED_POST_WORDS); k++) {
            if (s.lower(k).equals(",")) {
                return k > end + 2;
            }
            if (!s.token(k).text().equals(s.lower(k)) || !Character.isLetter(s.lower(k).charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** How many words a post in brackets after a name may take: "(postdoctoral researcher)". */
    private static final int BRACKETED_POST_WORDS = 3;

    /**
     * Whether the name ending at {@code end} has its post in brackets after it, in lower case and ending in a role's
     * noun: a form's "Requested by: Lena X (postdoctoral researcher)".
     */
    static boolean bracketedPost(Sentence s, int end, Cues cues) {
        if (!s.lower(end).equals("(")) {
            return false;
        }
        for (int k = end + 1; k < Math.min(s.size(), end + 2 + BRACKETED_POST_WORDS); k++) {
            if (s.lower(k).equals(")")) {
                return k > end + 1 && cues.isRoleNoun(s.token(k - 1).text());
            }
            if (!s.token(k).text().equals(s.lower(k)) || !Character.isLetter(s.lower(k).charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Degrees too like other words to be the cue list's ("MS" is also multiple sclerosis), read as degrees only in an
     * alumnus's bracket with a year: "(BA, 1998)", "(Class of 2011)".
     */
    private static final Set<String> ALUMNI_DEGREES = Set.of("ba", "bs", "ma", "ms", "class");
    /** How many tokens an alumnus's bracket may take: "(BSc Biochemistry and Genetics, 2004)". */
    private static final int ALUMNUS_BRACKET_TOKENS = 8;
    /** A graduation year, whole or clipped: "2004", "'04", "’04". */
    private static final java.util.regex.Pattern CLASS_YEAR =
            java.util.regex.Pattern.compile("(19|20)\\d\\d|['’]?\\d\\d");

    /**
     * Whether the name ending at {@code end} has its degree and year in brackets after it, as an alumni magazine gives
     * its graduates: "Nadia Ferreira (BSc Biochemistry, 2004)", "(PhD '09)", "(Class of 2011)". Only a person
     * graduates.
     */
    static boolean alumnusBracket(Sentence s, int end, Cues cues) {
        String first = s.lower(end + 1);
        if (!s.lower(end).equals("(") || !(ALUMNI_DEGREES.contains(first) || cues.is(Cues.Category.DEGREE, first))) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.size(), end + 2 + ALUMNUS_BRACKET_TOKENS); k++) {
            if (s.lower(k).equals(")")) {
                String year = s.lower(k - 1);
                boolean clipped = year.length() == 2 && !(s.lower(k - 2).equals("'") || s.lower(k - 2).equals("’"));
                return CLASS_YEAR.matcher(year).matches() && !clipped; // not "(MD, 40)", an age
            }
        }
        return false;
    }

    /** The nouns for those who treat a patient: "his doctors", "her oncologist". */
    private static final Set<String> CARERS = Set.of("doctor", "physician", "surgeon", "oncologist", "nurse",
            "consultant", "clinician");
    private static final Set<String> THIRD_PERSON_OWNERS = Set.of("his", "her", "their");

    /** Whether the noun at k is a patient's carers, owned by a third person: "his doctors at X offered him". */
    public static boolean isPatientsCarer(Sentence s, int k) {
        return k > 0 && THIRD_PERSON_OWNERS.contains(s.lower(k - 1))
                && CARERS.contains(org.litkg.analysis.Lemmatizer.singular(s.lower(k)));
    }
}
