package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Where a proper name written in capitals starts and ends: the run of capitalised words and the connectors, initials,
 * hyphens and possessives that hold it together ("Brigham and Women's Hospital", "Bob T. Li", "University of Alabama at
 * Birmingham"). {@link NameRecognizer} then decides what the run names.
 */
final class NameRuns {

    private static final int MAX_NAME_TOKENS = 11;
    private final Cues cues;

    NameRuns(Cues cues) {
        this.cues = cues;
    }

    /** The end of the run of capitalised words (with connectors between them) that starts at i, or i. */
    /** "&" after one capitalised word past the comma at k: ", Psychology & Neuroscience". */
    private boolean isAmpersandListAfter(Sentence s, int comma) {
        return comma + 3 < s.size() && startsName(s.token(comma + 1)) && s.token(comma + 2).text().equals("&")
                && startsName(s.token(comma + 3));
    }

    /** What a society holds each year, after its name: "Annual Meeting", "Annual Congress". */
    private static final Set<String> MEETINGS = Set.of("Meeting", "Conference", "Congress", "Symposium", "Scientific");

    /** A company's legal form, written after a comma: "Ardent Neuro, Inc.". */
    static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp.",
            "plc", "PLC", "GmbH", "AG", "S.A.", "N.V.", "B.V.");
    /**
     * The articles, and the determiner "autres" ("other"), a French, Spanish or Italian institution's name has after a
     * connector: "de la", "contre la", "sur les", "et autres".
     */
    private static final Set<String> ROMANCE_ARTICLES = Set.of("la", "le", "les", "el", "los", "las", "il", "lo",
            "autres");
    /** "Co." before a legal form, itself part of the form: "(Hefei) Co., Ltd.". */
    private static final java.util.Set<String> COMPANY_WORDS = java.util.Set.of("Co", "Co.");

    /** Whether a title opens the run at token i or stands right before it: "Dr." (perhaps cut from its stop). */
    private boolean titledBefore(Sentence s, int i) {
        return titleRightBefore(s, i, cues) || cues.is(Category.TITLE_WORD, s.token(i).text())
                || pluralRoleBefore(s, i);
    }

    /** Whether a plural role stands right before token i, listing people: "Co-first authors A B and C D". */
    private boolean pluralRoleBefore(Sentence s, int i) {
        return i > 0 && cues.isPluralRoleNoun(s.lower(i - 1));
    }

    /** Whether a title stands right before token i: "Professor X", "Dr. X" (perhaps cut from its stop). */
    static boolean titleRightBefore(Sentence s, int i, Cues cues) {
        int k = s.lower(i - 1).equals(".") ? i - 2 : i - 1;
        return k >= 0 && cues.is(Category.TITLE_WORD, s.token(k).text());
    }

    int end(Sentence s, int i) {
        if (i >= s.size()) {
            return i; // "..., Department of Hematology," ending its sentence: no run after the comma
        }
        boolean initial = isSplitInitial(s, i); // "R. Sandoval", where the tokenizer cut the initial from its full stop
        if (!opensName(s, i)) {
            return i;
        }
        int end = initial ? i + 3 : i + 1;
        int hyphens = 0; // "Keun-Wook Lee-Marchetti of Seoul National University": a hyphen is no word of the run
        while (end < s.size() && end - i - hyphens < MAX_NAME_TOKENS) {
            Token t = s.token(end);
            if (s.lineBreakBefore(end)) {
                break; // a name ends with its line: "Ingrid Solheim, MD, PhD" above "Department of Haematology"
            } else if (t.text().equals("Annual") && end + 1 < s.size() && MEETINGS.contains(s.token(end + 1).text())
                    && orgHeadWithin(s, i, end - i)) {
                break; // "the American Society of X Annual Meeting": the society, then its meeting
            } else if (startsName(t) || isInitial(t)) {
                end++;
            } else if (isSplitInitial(s, end)) {
                end += 2; // "Bob T. Li", where the tokenizer cut the initial from its full stop
            } else if (t.text().equals("-") && end + 1 < s.size() && (startsName(s.token(end + 1)) || isShortLowerPart(s.token(end + 1)))
                    && touches(s.token(end - 1), t) && touches(t, s.token(end + 1))) {
                end += 2; // "Ray-Coquard", "Dana-Farber", "Sun Yat-sen"
                hyphens++;
            } else if (t.text().equals("/") && end + 1 < s.size() && startsName(s.token(end + 1))
                    && orgHeadWithin(s, i, end - i) && touches(s.token(end - 1), t) && touches(t, s.token(end + 1))) {
                end += 2; // "Zucker School of Medicine at Hofstra/Northwell"; not "Pfizer/BioNTech", two companies
            } else if (end + 1 < s.size() && (t.text().equals("–") || t.text().equals("-") && end - i == 1
                    && !touches(t, s.token(end + 1)) && !s.lower(i - 1).equals("-")) && startsName(s.token(end + 1))
                    && orgHeadWithin(s, end + 1, 3) && !isDateline(s, i)) {
                // "Charité – Universitätsmedizin Berlin", typed "Charité - Universitätsmedizin Berlin" too; not a field
                // of a line set out by spaced hyphens ("Petra Obi, PhD - Collaborator - Karolinska Institutet")
                end += 2;
            } else if (t.lower().equals("at") && (universityOf(s, i) || schoolOf(s, i, end)) && end + 1 < s.size()
                    && startsName(s.token(end + 1))
                    && !orgHeadWithin(s, end + 1, end(s, end + 1) - end - 1)) {
                end = end(s, end + 1); // "University of Alabama at Birmingham": a campus, not a unit
            } else if (DAY.matcher(t.text()).matches() && s.lower(end + 1).equals("de") && end + 2 < s.size()
                    && startsName(s.token(end + 2)) && orgHeadWithin(s, i, end - i)) {
                end += 3; // "Hospital Universitario 12 de Octubre": a date in a Spanish or Portuguese name
            } else if (t.text().equals(",") && end + 1 < s.size() && LEGAL_FORMS.contains(s.token(end + 1).text())
                    && !COMPANY_WORDS.contains(s.token(end - 1).text())) { // not "(Hefei) Co., Ltd.", a form after a form
                end += 2; // "Ardent Neuro, Inc. (Nasdaq: ARDN)": the company's legal form after a comma is its name's
            } else if (t.text().equals(",") && orgHeadWithin(s, i, end - i) && isAmpersandListAfter(s, end)) {
                end += 2; // "Institute of Psychiatry, Psychology & Neuroscience": a list closed by "&" inside the name
            } else if (t.lower().equals("in") && IN_PERIODICAL_HEADS.contains(s.token(end - 1).text()) && end - 1 == i
                    && end + 1 < s.size() && startsName(s.token(end + 1))) {
                end += 2; // "Trends in Cancer", "Frontiers in Immunology": a review journal's title
            } else if (t.lower().equals("in") && fieldEndAfterIn(s, i, end) > 0) {
                end = fieldEndAfterIn(s, i, end); // "Centre for Collaborative Research in Tropical Medicine"
            } else if (t.lower().equals("in")) {
                break; // "Center in Barcelona", "Monash University in Melbourne": a place ("Washington University in St.
                // Louis", whose place is part of its name, is in the lexicon)
            } else if (t.isPossessive() && (cues.is(Category.ORG_POSSESSOR, s.token(end - 1).text()) || isSaint(s, end - 2)
                    || end + 1 < s.size() && FOUNDED_HEADS.contains(s.token(end + 1).text()))
                    && end + 1 < s.size()
                    && startsName(s.token(end + 1)) && orgHeadWithin(s, end + 1, 3)) {
                // "Brigham and Women's Hospital", "Children's Hospital of Philadelphia", "Addenbrooke's Hospital"
                end += 2;
            } else if (t.isPossessive() && end + 2 < s.size() && s.token(end + 1).text().startsWith("Disease")
                    && orgHeadWithin(s, end + 2, 3)) {
                end += 2; // "Michigan Alzheimer's Disease Research Center": an eponym's disease, then the name goes on
            } else if (t.isPossessive() && s.lower(end + 1).equals("and") && end + 2 < s.size()
                    && startsName(s.token(end + 2)) && (orgHeadWithin(s, end + 2, POSSESSOR_PAIR_WORDS)
                    || PERIODICAL_HEADS.contains(s.token(i).text()))) {
                // "Guy's and St Thomas' NHS Foundation Trust": two founders' possessives make one name; "Journal of
                // Crohn's and Colitis": an eponym's disease and another
                end += 3;
            } else if (isIndicationAfterAgency(s, end)) {
                break; // "approved by the Food and Drug Administration for HIV in 2007": what for, not the name
            } else if (t.lower().equals("and") && titledBefore(s, i) && !orgHeadWithin(s, i, end - i)) {
                break; // "the wedding of Dr. Amara X and Jonas Y": the titled person, then another
            } else if (t.lower().equals("of") && (OrganisationUses.COMPANY_KINDS.contains(s.lower(end - 1))
                    || LEGAL_FORMS.contains(s.token(end - 1).text()))) {
                break; // "Halden Bio of Oslo", "Arclight Therapeutics of Boston": a company, then its town
            } else if (isPlaceBeforeSecondInstitution(s, i, end)) {
                break; // "from the Karolinska Institutet in Stockholm and Uppsala University": a city, then another name
            } else if ((cues.is(Category.NAME_CONNECTOR, t.lower()) || cues.is(Category.NAME_PARTICLE, t.text()))
                    && end + 1 < s.size() && startsName(s.token(end + 1))
                    && (!eponymAfterConnector(s, end) || eponymTitle(s, i, end))
                    && !CALENDAR_WORDS.contains(s.token(end + 1).text())
                    && !cues.is(Category.TITLE_WORD, s.token(end + 1).text())) { // "of Milan and Dr. Anders Plaatje": a person
                end += 2;
            } else if (cues.is(Category.NAME_CONNECTOR, t.lower()) && ROMANCE_ARTICLES.contains(s.lower(end + 1))
                    && end + 2 < s.size() && startsName(s.token(end + 2)) && orgHeadWithin(s, i, end - i)) {
                end += 3; // "Programme National de Lutte contre la Tuberculose", "Institut de la Vision"
            } else if (t.lower().equals("of") && s.lower(end + 1).equals("the") && end + 2 < s.size()
                    && startsName(s.token(end + 2)) && !eponymAfterConnector(s, end + 1)
                    && (orgHeadWithin(s, i, end - i) || PERIODICAL_HEADS.contains(s.token(i).text()))) {
                end += 3; // "Annals of the Rheumatic Diseases", "University of the Witwatersrand"
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * "for" after a regulator's head or acronym, or after a one-word name, and before one word that ends the run: the
     * indication an approval or a drug is for ("the FDA for HIV", "the Agency for COPD", "CytoDyn for HIV"), which no
     * such name ends on; "Agency for Healthcare Research
     * and Quality" goes on past its first word.
     */
    private boolean isIndicationAfterAgency(Sentence s, int connector) {
        if (!s.lower(connector).equals("for") || connector + 1 >= s.size() || !startsName(s.token(connector + 1))) {
            return false;
        }
        String before = s.token(connector - 1).text();
        // a regulator's head or acronym ("Administration", "FDA"), or a one-word name ("CytoDyn")
        boolean regulatorOrOneWord = cues.is(Category.AGENCY_HEAD, before) || before.length() >= 2 && before.length() <= 5
                && before.chars().allMatch(Character::isUpperCase)
                || (connector < 2 || !startsName(s.token(connector - 2))) && !cues.is(Category.ORG_HEAD, before);
        int after = connector + 2;
        boolean goesOn = after < s.size() && (startsName(s.token(after)) || s.token(after).text().equals("-")
                || cues.is(Category.NAME_CONNECTOR, s.lower(after)) && after + 1 < s.size()
                && startsName(s.token(after + 1))); // "Agency for Toxic Substances", "Agency for Research on Cancer"
        boolean oneWord = after >= s.size() || s.lineBreakBefore(after) || !goesOn;
        String word = s.token(connector + 1).text();
        boolean acronym = word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(
                c -> Character.isUpperCase(c) || Character.isDigit(c)); // "HIV", "COPD"; not "Agency for Science, ..."
        return regulatorOrOneWord && oneWord && (acronym || after < s.size() && INDICATION_NOUNS.contains(s.lower(after)));
    }

    /**
     * "and" after a place that follows an institution ("Institutet in Stockholm and Uppsala University", "Institut Curie
     * in Paris and Leiden University"), before a name
     * with its own head: two things listed, not one name ("Brigham and Women's Hospital" follows no institution's "in").
     */
    private boolean isPlaceBeforeSecondInstitution(Sentence s, int i, int connector) {
        return s.lower(connector).equals("and") && i >= 2 && s.lower(i - 1).equals("in")
                && orgHeadWithin(s, Math.max(0, i - 4), Math.min(3, i - 1)) && !orgHeadWithin(s, i, connector - i)
                && orgHeadWithin(s, connector + 1, 3);
    }

    /** Nouns after an eponym that make it a disease's name: "the FDA for Alzheimer disease". */
    private static final Set<String> INDICATION_NOUNS = Set.of("disease", "syndrome", "cancer", "lymphoma",
            "leukemia", "leukaemia", "infection", "virus");

    /** Heads that a founder's possessive names right before them: "Addenbrooke's Hospital", "King's College". */
    private static final Set<String> FOUNDED_HEADS = Set.of("Hospital", "Infirmary", "Hospice", "College");

    /** "St Mary's Hospital", "Saint Luke's": a saint's name, whose possessive goes on into an organisation's name. */
    private static boolean isSaint(Sentence s, int k) {
        String w = k >= 0 ? s.token(k).text() : "";
        return w.equals("St") || w.equals("St.") || w.equals("Saint");
    }

    /** How many words after "X's and" may reach the organisation's head: "St Thomas' NHS Foundation Trust". */
    private static final int POSSESSOR_PAIR_WORDS = 5;

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
    /** Days and months, which no name goes on into: "The Lancet Oncology on Monday", "the FDA in March". */
    private static final java.util.Set<String> CALENDAR_WORDS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> d.getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)),
            java.util.Arrays.stream(java.time.Month.values()).map(m -> m.getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))).collect(java.util.stream.Collectors.toSet());

    /** First words of journal titles that go on with "of the": "Annals of the Rheumatic Diseases". */
    static final java.util.Set<String> PERIODICAL_HEADS = java.util.Set.of("Annals", "Journal", "Proceedings",
            "Archives", "Bulletin", "Transactions");
    /** First words of journals' titles that go on with "in": "Trends in Cancer", "Advances in Therapy". */
    static final java.util.Set<String> IN_PERIODICAL_HEADS = java.util.Set.of("Trends", "Frontiers", "Advances",
            "Seminars", "Progress");

    /** "cleared by the FDA for Crohn's disease": a possessive name after a connector is a disease's, not the name's. */
    private boolean eponymAfterConnector(Sentence s, int connector) {
        return connector + 2 < s.size() && s.token(connector + 2).isPossessive()
                && !cues.is(Category.ORG_POSSESSOR, s.token(connector + 1).text()); // but "Brigham and Women's Hospital"
    }

    /** "Journal of Crohn's and Colitis": a periodical's title names an eponym's disease and goes on after it. */
    private boolean eponymTitle(Sentence s, int i, int connector) {
        return PERIODICAL_HEADS.contains(s.token(i).text()) && s.lower(connector + 3).equals("and")
                && connector + 4 < s.size() && startsName(s.token(connector + 4));
    }

    /** A run opening "University of": its campus after "at" is part of its name (not so "Center for X at Y"). */
    private static boolean universityOf(Sentence s, int i) {
        return s.token(i).text().equals("University") && s.lower(i + 1).equals("of");
    }

    /** A run with "School of" or "College of" in it: "Icahn School of Medicine at Mount Sinai" goes on past "at". */
    private static boolean schoolOf(Sentence s, int from, int end) {
        for (int k = from; k < end - 1; k++) {
            String w = s.token(k).text();
            if ((w.equals("School") || w.equals("College")) && s.lower(k + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** Where an organisation's name opens before from, past its modifiers ("National", "Medical"), but not before floor. */
    int modifiersBefore(Sentence s, int from, int floor) {
        while (from > floor && cues.is(Category.ORG_MODIFIER, s.token(from - 1).text())) {
            from--;
        }
        return from;
    }

    boolean orgHeadWithin(Sentence s, int from, int n) {
        for (int k = from; k < Math.min(s.size(), from + n); k++) {
            if (cues.is(Category.ORG_HEAD, s.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Heads that are fields of study as well: "Weill Cornell Medicine" is an institution, "Tropical Medicine" a field. */
    private static final Set<String> FIELD_HEADS = Set.of("Medicine", "Science", "Sciences", "Technology", "Health",
            "Hygiene");

    /** A field's one-word name: a field head, or a discipline's "-ology" or "-iatry" ("Epidemiology", "Psychiatry"). */
    private static boolean isField(String word) {
        return FIELD_HEADS.contains(word) || word.length() > 6 && (word.endsWith("ology") || word.endsWith("iatry"));
    }

    /**
     * "London School of Hygiene and Tropical Medicine", "American Society of Tropical Medicine and Hygiene": the "and"
     * at {@code and} joins two fields after the name's "of" (each one word, or an adjective and a field's head; the one
     * after "and" a field's head or a discipline: "Department of Medicine and Epidemiology"), so it does not split the
     * name in two.
     */
    boolean joinsFieldsAfterOf(Sentence s, int from, int and, int end) {
        boolean oneWord = and - 2 > from && s.lower(and - 2).equals("of") && (!orgHeadWithin(s, and - 1, 1)
                || FIELD_HEADS.contains(s.token(and - 1).text()));
        boolean adjectiveAndField = and - 3 > from && s.lower(and - 3).equals("of") && PhraseRecognizer.looksAdjectival(s.lower(and - 2))
                && FIELD_HEADS.contains(s.token(and - 1).text());
        boolean fieldAfter = and + 1 < end && isField(s.token(and + 1).text())
                || and + 2 < end && PhraseRecognizer.looksAdjectival(s.lower(and + 1)) && FIELD_HEADS.contains(s.token(and + 2).text());
        return (oneWord || adjectiveAndField) && fieldAfter;
    }

    /**
     * "Centre for Collaborative Research in Tropical Medicine": after a run with an organisation's head, "in" and a
     * field ("Medicine", or an adjective and "Medicine") that ends the run go on with the name; a place does not.
     * The end of the field (exclusive), or -1.
     */
    private int fieldEndAfterIn(Sentence s, int i, int in) {
        if (!orgHeadWithin(s, i, in - i) || in + 1 >= s.size()) {
            return -1;
        }
        int last = FIELD_HEADS.contains(s.token(in + 1).text()) ? in + 1
                : PhraseRecognizer.looksAdjectival(s.lower(in + 1)) && in + 2 < s.size() && FIELD_HEADS.contains(s.token(in + 2).text())
                ? in + 2 : -1;
        return last > 0 && (last + 1 >= s.size() || !startsName(s.token(last + 1))) ? last + 1 : -1;
    }

    private static boolean isShortLowerPart(Token t) {
        return t.text().length() <= 4 && t.text().chars().allMatch(Character::isLowerCase);
    }

    /** A press release's dateline before its dash, "Melbourne, Australia – X Limited announced": a place, not a name's part. */
    private static boolean isDateline(Sentence s, int runStart) {
        String first = s.token(0).text();
        boolean capitalCity = runStart == 0 && first.length() >= 4 && first.chars().allMatch(Character::isUpperCase);
        return runStart == 2 && s.lower(1).equals(",") && startsName(s.token(0))
                || capitalCity; // "SPOKANE - Pinebrook Therapeutics, a biotech company"
    }

    private static boolean touches(Token a, Token b) {
        return a.span().end() == b.span().start();
    }

    static boolean startsName(Token t) {
        String w = t.text();
        return w.length() > 1 && t.isCapitalised() // "Vall d'Hebron Institute": an elided particle before a capital
                && w.chars().skip(1).anyMatch(Character::isLetterOrDigit); // "X4 Pharmaceuticals"
    }

    /** A capital letter at k and the full stop that touches it, then a name: the middle initial of "Bob T. Li". */
    static boolean isSplitInitial(Sentence s, int k) {
        if (k + 2 >= s.size()) {
            return false;
        }
        Token t = s.token(k);
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
                && s.lower(k + 1).equals(".") && touches(t, s.token(k + 1)) && startsName(s.token(k + 2));
    }

    /** Whether token k may open a name: a capitalised word, or an initial before one ("R. Sandoval"). */
    static boolean opensName(Sentence s, int k) {
        boolean age = s.lower(k + 1).equals("-") && s.lower(k + 2).equals("year"); // "Thirty-year-old Maren Ostby"
        return !age && (startsName(s.token(k)) || isSplitInitial(s, k) || opensWithInitial(s, k));
    }

    /** An initial the tokenizer kept with its full stop, then a name: "R. Tallis-Ofori" on a notebook's "Signed:" line. */
    private static boolean opensWithInitial(Sentence s, int k) {
        return isInitial(s.token(k)) && k + 1 < s.size() && startsName(s.token(k + 1));
    }

    private static boolean isInitial(Token t) {
        return t.text().length() == 2 && Character.isUpperCase(t.text().charAt(0)) && t.text().charAt(1) == '.';
    }
}
