package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A person's post, stated next to the name, that leads on to the workplace: "Lena Park, a gastrointestinal oncologist
 * at Stanford Medicine", "X is Professor of Metabolic Medicine at Y", "X, Chair, Desmoid Tumor Working Group, Y".
 * Split from {@link Workplaces}, which finds the workplace those posts lead to.
 */
final class PersonRoles {

    private PersonRoles() {
    }

    /** How many words may stand between the article and the noun: "a gastrointestinal oncologist". */
    private static final int DESCRIPTION_WORDS = 3;
    /** How many words a post set after a name without an article may take: "senior vice president of cardiometabolic". */
    private static final int TITLE_WORDS = 6;

    /**
     * "Lena Park, a gastrointestinal oncologist at Stanford Medicine": the noun at k describes the person before it, so
     * the organisation after it is where that person works (the person's affiliation), not who did a study.
     */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("she", "he");

    static boolean describesPerson(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int article = k - 1;
        while (article > k - 1 - DESCRIPTION_WORDS && article > 1 && !s.lower(article).equals("a")
                && !s.lower(article).equals("an")) {
            article--;
        }
        boolean indefinite = s.lower(article).equals("a") || s.lower(article).equals("an");
        // "X, a neurologist at Y" or "X is a medical oncologist at Y": one person's post, not a team that did the work
        boolean apposed = indefinite && (s.lower(article - 1).equals(",") || Copulas.COPULAS.contains(s.lower(article - 1)));
        Mention before = apposed ? r.endingAt(si, article - 2) : null;
        boolean pronoun = apposed && PERSONAL_PRONOUNS.contains(s.lower(article - 2)); // "She is a scientist at Y"
        return before != null && before.type() == EntityType.PERSON || pronoun
                || describesPersonWithoutArticle(r, si, k);
    }

    /** "Dr Rhiannon Castellanos-Wynne, consultant orthopaedic oncologist at the Royal National Orthopaedic Hospital". */
    private static boolean describesPersonWithoutArticle(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int comma = k - 1;
        while (comma > k - 1 - TITLE_WORDS && comma > 1 && Character.isLowerCase(s.token(comma).text().charAt(0))) {
            comma--;
        }
        Mention before = s.lower(comma).equals(",") ? r.endingAt(si, comma - 1) : null;
        return before != null && before.type() == EntityType.PERSON;
    }

    /**
     * "Dr. Achterberg-Nwosu is a consultant neurologist at University Hospital Galway": after a person's name, a
     * copula and an article, the role noun's end where a place link follows it; else -1. A named post takes no
     * article: "X is Professor of Metabolic Medicine at Imperial College London".
     */
    static int copularRoleEnd(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int article = ADVERBS.contains(s.lower(k + 1)) ? k + 2 : k + 1; // "is now a postdoctoral fellow at"
        boolean namedPost = article < s.size() && s.token(article).isTitleCase()
                && r.cues.isRoleNoun(s.token(article).text());
        if (!Copulas.COPULAS.contains(s.lower(k)) || !Reading.ARTICLES.contains(s.lower(article)) && !namedPost) {
            return -1;
        }
        for (int j = namedPost ? article : article + 1; j < Math.min(s.size(), article + 1 + ROLE_WORDS); j++) {
            if (r.cues.isRoleNoun(s.token(j).text()) && Workplaces.PLACE_LINKS.contains(s.lower(j + 1))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static final Set<String> ADVERBS = Set.of("now", "currently", "also", "still");

    /**
     * How many words a role before a workplace may have: "Clinical Pharmacist Reviewer", "Professor of Medicine",
     * "Professor of Comparative Medicine and Pathobiology".
     */
    private static final int ROLE_WORDS = 7;
    /**
     * Where the workplace starts after a role and a comma in a person's apposition or signature line: "Chair, Desmoid
     * Tumor Working Group", "— haematology fellow, Charité"; -1 if the words from k are no role before a workplace.
     */
    /** A medical or scientific field's name, which a department is named for: "haematology", "immunology". */
    private static final java.util.regex.Pattern SPECIALTY = java.util.regex.Pattern.compile(
            "\\p{L}{4,}(ology|ogy|iatry|ics|medicine|surgery)");

    /** Dashes that set a line's person off from their post, as a comma does: "Dr X - Senior Lecturer, Y". */
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** How far into its line a heading's person may start, past titles: "Dr X". */
    private static final int LINE_HEAD_TOKENS = 3;

    /**
     * Whether a post or a description follows the person in apposition: after a comma ("X, a professor at Y"), or, for
     * a profile's or a list's line that opens with the person, after a dash ("Dr X - Senior Lecturer, Cardiff
     * University").
     */
    static boolean apposedAfter(Sentence s, Mention person) {
        return s.lower(person.to()).equals(",")
                || DASHES.contains(s.lower(person.to())) && person.from() <= LINE_HEAD_TOKENS
                && person.to() + 1 < s.size() && s.token(person.to() + 1).isCapitalised();
    }

    static int afterRole(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int end = k;
        boolean role = false;
        while (end < s.size() && end < k + ROLE_WORDS && !s.lower(end).equals(",")) {
            role |= r.cues.isRoleOrTitle(s.token(end).text())
                    || s.lower(end).equals("year") && s.lower(end - 1).equals("-"); // "third-year pharmacology"
            end++;
        }
        // a department's field alone, as a request slip writes it: "From: Dr. X, haematology, St James's Hospital"
        role |= end == k + 1 && SPECIALTY.matcher(s.lower(k)).matches();
        int at = s.lower(end + 1).equals("the") ? end + 2 : end + 1;
        Mention org = role && s.lower(end).equals(",") ? r.startingAt(si, at) : null;
        int unitEnd = org == null && role && s.lower(end).equals(",") ? unnamedUnitEnd(s, at) : -1;
        if (unitEnd > 0) { // "Global Clinical Leader, Oncology Development, Bayer AG": a unit no list names, then its firm
            at = unitEnd + 1;
            org = r.startingAt(si, at);
        }
        return org != null && r.argument(org, StudyPatterns.ANY_ORG) != null ? at : -1;
    }

    /**
     * The comma after a unit's name of a few words starting at k, capitalised ("Oncology Development,") or a specialty
     * in lower case ("advanced nurse practitioner, urology oncology, Pennine Cancer Centre"); -1 if none.
     */
    private static int unnamedUnitEnd(Sentence s, int k) {
        int end = k;
        while (end < s.size() && end < k + Workplaces.PLACE_WORDS + 1 && (s.token(end).isCapitalised() || isSpecialtyWord(s, end))) {
            end++;
        }
        return end > k && s.lower(end).equals(",") ? end : -1;
    }

    private static boolean isSpecialtyWord(Sentence s, int k) {
        String pos = s.token(k).pos();
        return s.token(k).text().chars().allMatch(Character::isLowerCase) && (pos.equals("NOUN") || pos.equals("ADJ"));
    }

    /** A person's age set off after the name ("Dr X, 58, haematologist at Y"), which no name or role is. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{2}");

    /** A person's years as one token: "1948-2019". */
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile(
            "(19|20)\\d{2}[-–](19|20)\\d{2}");

    /**
     * A degree after a name ("X, PhD, Department of Y"), an age ("X, 58, haematologist at Y") or the person's years
     * ("Dr X, 1948-2019, immunologist at Y"), at token k.
     */
    static boolean degreeOrAge(Reading r, Sentence s, int k) {
        boolean ageOrYears = AGE.matcher(s.lower(k)).matches() || YEARS.matcher(s.lower(k)).matches();
        return r.cues.is(org.litkg.recognition.Cues.Category.DEGREE, s.lower(k)) || ageOrYears
                && s.lower(k - 1).equals(",") && !Copulas.COPULAS.contains(s.lower(k + 2)); // not "X, 34, is a teacher"
    }

    /** A bracket of a person's years: "(1950-2020)", "(1921 - 2004)", "(b. 1962)". */
    private static final java.util.regex.Pattern LIFE_DATES = java.util.regex.Pattern.compile(
            "\\(\\s*(b\\.\\s*)?(19|20)\\d{2}(\\s*[-–]\\s*((19|20)\\d{2})?)?\\s*\\)");

    /** The token after the bracket of a person's years at k ("Professor X (1950-2020) of Y"); else k. */
    static int pastLifeDates(Sentence s, int k) {
        int after = Parentheticals.after(s, k);
        return after > k && LIFE_DATES.matcher(s.textOf(k, after).replace(" ", "")).matches() ? after : k;
    }
}
