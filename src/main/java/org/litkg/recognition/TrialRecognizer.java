package org.litkg.recognition;

import java.util.List;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.document.StudyFields;

/**
 * Trials named by their context and their styling: "the KEYNOTE-189 trial", "the CodeBreaK 100 trial", "the
 * APPLY-PNH trial" and "the ATTRibute-CM trial" (cut by the tokenizer at the hyphen), "two trials, BRAVE-AA1 and BRAVE-AA2".
 */
public final class TrialRecognizer implements MentionRecognizer {

    private static final Pattern TRIAL_NUMBER = Pattern.compile("\\d{1,3}|i{1,3}|iv");
    /** A title-case part after an acronym and before the trial's number: "HORIZON-Breast 04", "TROPION-Lung 07". */
    private static final Pattern TUMOUR_PART = Pattern.compile("[A-Z][a-z]{2,}");
    /** A trial name that opens with its number: "4WARD". */
    private static final Pattern DIGIT_FIRST = Pattern.compile("\\d[A-Z]{3,}[A-Z0-9]*");
    private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z0-9]*(-\\d{1,3})?"); // "HERIZON" "-" "BTC-01"

    private final Cues cues;

    public TrialRecognizer(Cues cues) {
        this.cues = cues;
    }

    /** How many words the label of a study's acronym takes: "Short title:", "Acronym:". */
    private static final int ACRONYM_LABEL_WORDS = 2;

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int labelled = s.labelColon(ACRONYM_LABEL_WORDS) + 1;
        if (labelled > 0 && labelled < s.size()
                && StudyFields.isAcronymLabel(s.textOf(0, labelled - 1))
                && isTrialName(s.token(labelled))) {
            int end = joinedEnd(s, labelled); // "ASTER-RA", cut by the tokenizer at the hyphen
            out.add(MentionRecognizer.mention(s, labelled, end, EntityType.CLINICAL_TRIAL, s.textOf(labelled, end), null,
                    0.8, "context-trial", false));
        }
        for (int i = 0; i < s.size(); i++) {
            boolean trialNoun = s.lower(i).equals("trial") || s.lower(i).equals("trials");
            int first = s.lower(i + 1).equals(",") ? i + 2 : i + 1; // "two trials, X and Y", "the two trials X and Y"
            for (int k = first; trialNoun && k < s.size() && (k == first || s.lower(k - 1).equals("and"))
                    && isTrialName(s.token(k)); ) {
                int partsEnd = joinedEnd(s, k); // "the phase 3 trial, HORIZON-Breast 04,"
                int end = partsEnd > k + 1 && TRIAL_NUMBER.matcher(s.lower(partsEnd)).matches() ? partsEnd + 1 : partsEnd;
                out.add(MentionRecognizer.mention(s, k, end, EntityType.CLINICAL_TRIAL, s.textOf(k, end), null, 0.75,
                        "context-trial", false)); // "the new phase 3 trial, SKYSCRAPER-01, ...", "two trials, X and Y"
                k = end + 1;
            }
            if ((trialNoun || s.lower(i).equals("study")) && isProtocolCode(s, i + 1)) { // "the study MV1840-101"
                out.add(MentionRecognizer.mention(s, i + 1, i + 4, EntityType.CLINICAL_TRIAL, s.textOf(i + 1, i + 4),
                        null, 0.8, "context-trial", false));
            }
            int called = trialNoun || s.lower(i).equals("study") ? namedAfter(s, i + 1) : -1;
            if (called > 0 && (Character.isUpperCase(s.token(called).text().charAt(0))
                    || DIGIT_FIRST.matcher(s.token(called).text()).matches()) // "a phase 3 trial called 4WARD"
                    && (s.token(called).text().chars().anyMatch(c -> Character.isDigit(c) || c == '-')
                    || isTrialName(s.token(called)) // "a study called EPIDYS"
                    || TRIAL_NUMBER.matcher(s.lower(called + 1)).matches())) { // "a trial called Effisayil 1"
                // "the phase 3 trial, known as MDD3001,"; "the trials, called B-Well 1 and B-Well 2": a number written
                // apart belongs to the name, and a second name like the first is a second trial
                int partsEnd = joinedEnd(s, called); // "the trial, called ENDO-QUIET,": cut by the tokenizer at the hyphen
                int end = TRIAL_NUMBER.matcher(s.lower(partsEnd)).matches() ? partsEnd + 1 : partsEnd;
                out.add(MentionRecognizer.mention(s, called, end, EntityType.CLINICAL_TRIAL, s.textOf(called, end), null, 0.8,
                        "context-trial", false));
                int second = end + 1;
                if (end == partsEnd + 1 && s.lower(end).equals("and") && s.lower(second).equals(s.lower(called))
                        && TRIAL_NUMBER.matcher(s.lower(second + 1)).matches()) {
                    out.add(MentionRecognizer.mention(s, second, second + 2, EntityType.CLINICAL_TRIAL,
                            s.textOf(second, second + 2), null, 0.8, "context-trial", false));
                }
            }
            // "the OLYMPIA 2 trial": a trial's number written apart belongs to its name
            int nameEnd = joinedEnd(s, i); // "APPLY-PNH", cut by the tokenizer at the hyphen
            boolean acronym = isTrialName(s.token(i));
            nameEnd = acronym ? spacedPartsEnd(s, nameEnd) : nameEnd; // "POETYK PSO-1", "ELEVATE UC 52"
            int end = TRIAL_NUMBER.matcher(s.lower(nameEnd)).matches() ? nameEnd + 1 : nameEnd;
            boolean named = nameEnd > i + 1 && (isTrialName(s.textOf(i, nameEnd)) || isStyledPrefix(s.token(i).text())
                    || isWordBeforeAcronym(s, i))
                    || acronym || isMixedTrialName(s.token(i)) || isShortCodedTrial(s.token(i).text());
            int second = end + 1;
            int secondEnd = TRIAL_NUMBER.matcher(s.lower(second + 1)).matches() ? second + 2 : second + 1;
            boolean listedTrials = s.lower(end).equals("and") && second < s.size() && isTrialName(s.token(second))
                    && s.lower(secondEnd).equals("trials"); // "the ENHANCE-1 and ENHANCE-2 trials", "the DELTA 1 and 2 ..."
            if (acronym && end + 1 < s.size() && isTitleWord(s.token(end)) && isTrialNoun(s.lower(end + 1))) {
                end++; // "the CLEAR Outcomes trial": a title-case word between the acronym and the noun is the name's
            }
            String after = s.lower(end);
            if (isTrialPlace(s, i, end) || COHORTS.contains(after) && CODED_TRIAL.matcher(s.textOf(i, end)).matches()) {
                out.add(MentionRecognizer.mention(s, i, end, EntityType.CLINICAL_TRIAL, s.textOf(i, end), null, 0.85,
                        "context-trial", false)); // "In EV-302, patients received", "the earlier EV-103 cohort"
                continue;
            }
            // "CAPItello-291 randomised 708 patients", "CLEARPATH would give X together with Y"
            boolean trialAfter = isTrialNoun(after) || enrols(s, end) || acronym && testsTreatments(s, i, end);
            if ((trialAfter || listedTrials || apposedTrialNoun(s, end)) && named) {
                // "the AGAVE-201 trial": a word before the number makes an acronym, where "the AMD3100 trial" tests a code
                double confidence = WORD_BEFORE_NUMBER.matcher(s.token(i).text()).lookingAt() ? 0.8 : 0.75;
                out.add(MentionRecognizer.mention(s, i, end, EntityType.CLINICAL_TRIAL, s.textOf(i, end), null, confidence,
                        "context-trial", false));
            }
        }
    }

    /** A drug's code before a study's number, as a protocol is named: "MV1840" in "MV1840-101". */
    private static final Pattern PROTOCOL_DRUG = Pattern.compile("[A-Z]{1,5}\\d{2,6}");
    private static final Pattern STUDY_NUMBER = Pattern.compile("\\d{3}");

    /** Whether a protocol's code starts at token k: a drug's code, a hyphen, a study's number ("MV1840-101"). */
    private static boolean isProtocolCode(Sentence s, int k) {
        return k + 2 < s.size() && PROTOCOL_DRUG.matcher(s.token(k).text()).matches() && s.isJoiningHyphen(k + 1)
                && STUDY_NUMBER.matcher(s.lower(k + 2)).matches();
    }

    /** Verbs of a trial taking in its patients. */
    private static final java.util.Set<String> ENROLLING_VERBS = java.util.Set.of("enrolled", "enrols", "enrolls",
            "randomised", "randomized", "randomises", "randomizes", "recruited", "recruits");

    /** "CAPItello-291 randomised 708 patients": an enrolling verb and a count of people after the name. */
    private static boolean enrols(Sentence s, int end) {
        String next = s.lower(end + 1);
        return ENROLLING_VERBS.contains(s.lower(end)) && !next.isEmpty()
                && (Character.isDigit(next.charAt(0)) || PARTICIPANTS.contains(next));
    }

    /** Verbs of a trial giving or comparing treatments, in their base form. */
    private static final java.util.Set<String> TESTING_VERBS = java.util.Set.of("give", "test", "compare", "treat",
            "randomise", "randomize", "enrol", "enroll", "recruit");
    /** Modal verbs of a planned or proposed trial: "X would give", "X will compare". */
    private static final java.util.Set<String> PLAN_MODALS = java.util.Set.of("would", "will");

    /**
     * "CLEARPATH would give maraviroc", "ZEPHYR gives patients X": an acronym of letters alone (a symbol has digits)
     * that gives, tests or compares treatments, as only a trial does.
     */
    private static boolean testsTreatments(Sentence s, int from, int end) {
        String name = s.textOf(from, end);
        if (name.length() < 5 || name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        boolean planned = PLAN_MODALS.contains(s.lower(end));
        String verb = s.lower(planned ? end + 1 : end);
        return planned ? TESTING_VERBS.contains(verb)
                : verb.endsWith("s") && TESTING_VERBS.contains(verb.substring(0, verb.length() - 1));
    }

    /** How far after "a" the trial noun of an apposition may be: "IMerge, a randomised, placebo-controlled trial". */
    private static final int APPOSITION_WORDS = 10; // "SOHO-01 is an open-label, multicentre phase 1/2 study"
    /** Words after which the trial noun is another's: "X is an antagonist tested in a phase 2 trial". */
    private static final java.util.Set<String> APPOSITION_ENDS = java.util.Set.of(".", "of", "that", "which", "who", "in",
            "with", "by", "for", "at", "to", "from", ";");

    /** Words that link a name to a description of it: "X, a ... trial", "X was a ... trial", "X is the ... trial". */
    private static final java.util.Set<String> DESCRIBING_LINKS = java.util.Set.of(",", "is", "was");

    /** Possessives that open an apposition describing whose trial it is. */
    private static final java.util.Set<String> OWNERS = java.util.Set.of("our", "their", "its", "his", "her");

    /**
     * "TRIDENT-1, a single-arm trial led by", "IMerge, a randomised, placebo-controlled trial", "MARIPOSA was a
     * randomized, phase 3 trial", "BOREAS, our phase 3 trial": the name is a trial's.
     */
    private static boolean apposedTrialNoun(Sentence s, int end) {
        String article = s.lower(end + 1);
        if (article.equals("the") && s.lower(end).equals(",")) {
            return definiteTrialPhrase(s, end + 2); // "In HALO-2, the phase 2 trial which we ran"
        }
        boolean owned = OWNERS.contains(article) && s.lower(end).equals(","); // "BOREAS, our phase 3 trial in"
        if (!DESCRIBING_LINKS.contains(s.lower(end)) || !article.equals("a") && !article.equals("an") && !owned
                && !(article.equals("the") && !s.lower(end).equals(","))) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.size(), end + 2 + APPOSITION_WORDS); k++) {
            String w = s.lower(k);
            if (w.equals("trial") || w.equals("study")) {
                return true;
            }
            if (APPOSITION_ENDS.contains(w) && !s.lower(k - 1).equals("-")) { // "a first-in-class" goes on
                return false;
            }
        }
        return false;
    }

    /** Words of a trial's kind between "the" and "trial": "the pivotal phase 3 trial", "the randomised study". */
    private static final java.util.Set<String> TRIAL_KINDS = java.util.Set.of("phase", "pivotal", "randomised",
            "randomized", "registrational", "main", "global", "first", "second", "-", "i", "ii", "iii", "iv");

    /** Whether from k only words of a trial's kind lead to "trial" or "study": "phase 2 trial", "pivotal study". */
    private static boolean definiteTrialPhrase(Sentence s, int k) {
        for (int j = k; j < Math.min(s.size(), k + 5); j++) {
            String w = s.lower(j);
            if (w.equals("trial") || w.equals("study")) {
                return j > k; // "the phase 2 trial", not "the trial" alone, which may be another's
            }
            if (!TRIAL_KINDS.contains(w) && !w.matches("\\d+[ab]?")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> COHORTS = java.util.Set.of("cohort", "cohorts");
    /** Nouns for the people a study enrols: "In EV-302, patients received", "in Chilean patients". */
    public static final java.util.Set<String> PARTICIPANTS = java.util.Set.of("patients", "participants", "volunteers",
            "people", "adults", "children", "women", "men");
    /** Capitals, a hyphen and a number, as coded trials are named: "EV-302", "KN-045". */
    static final Pattern CODED_TRIAL = Pattern.compile("[A-Z]{2,}-\\d{2,4}");

    /**
     * "In EV-302, patients received ...": a name that opens a sentence (or follows a label) as the place where patients
     * were treated; or a name people take part in ("Thank you for taking part in BRIGHT-UC").
     */
    private static boolean isTrialPlace(Sentence s, int i, int end) {
        boolean nameShape = CODED_TRIAL.matcher(s.textOf(i, end)).matches() || isTrialName(s.textOf(i, end));
        boolean opens = i == 1 || s.lower(i - 2).equals(":"); // "Model answer: In EV-302, ..."
        return nameShape && s.lower(i - 1).equals("in") && (opens && s.lower(end).equals(",")
                && PARTICIPANTS.contains(s.lower(end + 1)) || PARTAKING.contains(s.lower(i - 2)));
    }

    /** Words before "in" that take part in a study: "Thank you for taking part in BRIGHT-UC", "who enrolled in X". */
    private static final java.util.Set<String> PARTAKING = java.util.Set.of("part", "participating", "participated",
            "enrolled", "enrolling");

    /** The end of capitalised parts joined by touching hyphens from token i ("APPLY-PNH"), else i + 1. */
    private static int joinedEnd(Sentence s, int i) {
        int end = i + 1;
        while (s.isJoiningHyphen(end) && (CAPITALS.matcher(s.token(end - 1).text()).matches()
                || end == i + 1 && isStyledPrefix(s.token(i).text()) // "ATTRibute-CM", "GLORIfy-HF"
                || end == i + 1 && isWordBeforeAcronym(s, i)) // "Launch-HTN"
                && (CAPITALS.matcher(s.token(end + 1).text()).matches() || isMarkerPart(s, i, end) // "ACCLAIM-Lp(a)"
                || end == i + 1 // "HORIZON-Breast 04"
                && CAPITALS.matcher(s.token(i).text()).matches() && TUMOUR_PART.matcher(s.token(end + 1).text()).matches()
                && TRIAL_NUMBER.matcher(s.lower(end + 2)).matches())) {
            end += 2;
        }
        return end;
    }

    /** A short symbol a trial is named for, after its acronym's hyphen: "Lp(a)" in "ACCLAIM-Lp(a)", "HbA1c". */
    private static final Pattern MARKER_PART = Pattern.compile("[A-Z][A-Za-z0-9]{0,4}(\\([a-z0-9]\\))?");
    private static final Pattern LONG_ACRONYM = Pattern.compile("[A-Z]{4,}");

    /** Whether the part after the hyphen at {@code hyphen} is a marker's symbol after the acronym at i. */
    private static boolean isMarkerPart(Sentence s, int i, int hyphen) {
        return hyphen == i + 1 && LONG_ACRONYM.matcher(s.token(i).text()).matches()
                && MARKER_PART.matcher(s.token(hyphen + 1).text()).matches();
    }

    /** After a trial's acronym, the end of up to two short parts in capitals written apart from it: "PSO-1", "UC". */
    private static int spacedPartsEnd(Sentence s, int k) {
        int end = k;
        while (end < k + 2 && end < s.size() && s.token(end).text().length() >= 2
                && CAPITALS.matcher(s.token(end).text()).matches()) {
            end++;
        }
        return end;
    }

    /** A first part styled as trial acronyms are, opening with two capitals: "ATTRibute", "GLORIfy"; not "McGill". */
    private static boolean isStyledPrefix(String w) {
        return MIXED_TRIAL.matcher(w).matches() && w.length() >= 4 && Character.isUpperCase(w.charAt(0))
                && Character.isUpperCase(w.charAt(1)) && w.chars().filter(Character::isUpperCase).count() >= 3;
    }

    /**
     * The token after "known as" or a naming word ("called", "named") at k (perhaps after a comma, or after "is" or "was":
     * "The trial is called X"), else -1.
     */
    private int namedAfter(Sentence s, int k) {
        int at = s.lower(k).equals(",") || s.lower(k).equals("is") || s.lower(k).equals("was") ? k + 1 : k;
        int name = s.lower(at).equals("known") && s.lower(at + 1).equals("as") ? at + 2
                : cues.is(Cues.Category.NAMING_WORD, s.lower(at)) ? at + 1 : -1;
        return name > 0 && name < s.size() ? name : -1;
    }

    private static boolean isTrialNoun(String w) {
        return w.equals("trial") || w.equals("trials") || w.equals("study");
    }

    private static boolean isTitleWord(Token t) {
        return t.text().length() >= 4 && t.isTitleCase();
    }

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3,}");

    /** A capitalised word joined to an acronym of three capitals or more: "Launch-HTN"; not "Phase-III". */
    private static boolean isWordBeforeAcronym(Sentence s, int i) {
        return isTitleWord(s.token(i)) && !s.token(i).text().equals("Phase")
                && ACRONYM.matcher(s.token(i + 2).text()).matches();
    }

    private static boolean isTrialName(Token t) {
        return isTrialName(t.text()) || MARKED_TRIAL.matcher(t.text()).matches();
    }

    /** An acronym and the marker a trial is named for, in one token: "ORBITAL-Lp(a)". */
    private static final Pattern MARKED_TRIAL = Pattern.compile("[A-Z]{4,}-[A-Z][A-Za-z0-9]{0,4}(\\([a-z0-9]\\))?");

    private static boolean isTrialName(String w) {
        boolean numberFirst = w.length() >= 5 && Character.isDigit(w.charAt(0)) && Character.isUpperCase(w.charAt(1)); // "4WHIM"
        return w.length() >= 4 && (Character.isLetter(w.charAt(0)) || numberFirst)
                && w.replace("-", "").chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && w.chars().filter(Character::isUpperCase).count() >= 4;
    }

    /**
     * "the ADjoin study", "the CheckMate-067 trial", "the MajesTEC-1 trial": capitals and lower case mixed as trial
     * acronyms are styled, not as a name is ("the McGill study").
     */
    private static boolean isMixedTrialName(Token t) {
        String w = t.text();
        if (w.length() < 5) {
            return false;
        }
        if (LOWER_FIRST_STYLED.matcher(w).matches()) {
            return true; // "eNRGy", but not "mRNA"
        }
        long upper = w.chars().filter(Character::isUpperCase).count();
        boolean numbered = w.contains("-");
        // "OUtMATCH": five capitals or more around a lower-case letter are styled too (but "PDGFRa" ends in a chain's letter)
        boolean inside = Character.isUpperCase(w.charAt(w.length() - 1));
        boolean styled = Character.isUpperCase(w.charAt(0)) && (Character.isUpperCase(w.charAt(1)) || upper >= 3
                || upper == 2 && (numbered || inside)); // "CheckMate-067", "MycarinG": no name ends in a capital
        long lower = w.chars().filter(Character::isLowerCase).count(); // "ADjoin"; or mostly capitals: "HARMONi-2"
        return MIXED_TRIAL.matcher(w).matches() && styled && (lower >= 3 || upper >= 4 && lower >= 1 && numbered
                || upper >= MANY_CAPITALS && lower >= 1 && inside);
    }

    private static final int MANY_CAPITALS = 5;
    /**
     * "eNRGy": a lower-case letter, capitals, lower case again (not a plural "s": "iPSCs"); or four capitals or more
     * after the lower-case letter: "fRESH" (where "mRNA" has three).
     */
    private static final Pattern LOWER_FIRST_STYLED =
            Pattern.compile("[a-z]([A-Z]{3,}[a-rt-z][a-z]*|[A-Z]{4,})(-\\d{1,3})?");
    private static final Pattern MIXED_TRIAL =
            Pattern.compile("[A-Za-z][A-Za-z0-9]+(-\\d{1,3})?");
    private static final Pattern WORD_BEFORE_NUMBER = Pattern.compile("[A-Za-z]{5,}-?\\d");
    /**
     * "the TN-10 trial", "the SJ-04 trial": a short code with a number of one or two digits names a trial, where a drug's
     * code has three digits or more ("the BL-8040 trial" tests BL-8040).
     */
    private static final Pattern SHORT_CODED_TRIAL = Pattern.compile("([A-Z]{2,3})-\\d{1,2}");
    /** Proteins written as a short code would be: "the PD-1 trial" and "the IL-6 trial" test drugs against them. */
    private static final java.util.Set<String> PROTEIN_PREFIXES = java.util.Set.of("IL", "PD", "HER", "JAK", "TLR", "FGF",
            "CCR", "BCL", "TNF", "MMP", "IGF", "EGF", "KIT", "MET", "ALK", "RET", "LAG", "TIM", "CD", "GLP", "GIP");

    private static boolean isShortCodedTrial(String w) {
        java.util.regex.Matcher m = SHORT_CODED_TRIAL.matcher(w);
        return m.matches() && !PROTEIN_PREFIXES.contains(m.group(1));
    }
}
