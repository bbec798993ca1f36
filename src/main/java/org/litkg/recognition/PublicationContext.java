package org.litkg.recognition;

import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.document.Dates;

/** Where a capitalised word is a journal's name: "published in X", "in the journal X", "X journal". */
public final class PublicationContext {

    private static final int LOOK_BACK = 7;
    /** A date's words other than its month: "on", "12", ",", "2026". */
    private static final java.util.regex.Pattern DATE_PART = java.util.regex.Pattern.compile("on|,|\\d{1,4}");
    /** Subjects that make a study noun after them a verb: "a vaccine that works in", "We work in Boston". */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("that", "which", "who", "it", "this", "we",
            "they", "i", "you");
    /** Words between "out" and "in" that say when a paper came out. */
    static final java.util.Set<String> WHEN_OUT = java.util.Set.of("today", "now", "online", "this", "week",
            "month", "yesterday", "last", "earlier", "recently");

    private PublicationContext() {
    }

    /** "now out", "is out", "just out": no verb of its own before "out" (not "carried out", "pointed out"). */
    private static boolean isOutAsPublished(Sentence s, int before) {
        String w = s.lower(before);
        return w.equals("now") || w.equals("just") || w.equals("is") || w.equals("was") || w.equals("are") || w.equals(",")
                || w.equals("came") || w.equals("comes") || w.equals("come"); // "the paper that came out in Blood"
    }

    /** True when token i starts a journal name by its context. */
    /** Words before "for publication" that make it a wish, not a fact: "acceptable for publication in". */
    private static final java.util.Set<String> SOUGHT = java.util.Set.of("submitted", "submit", "submitting", "acceptable",
            "considered", "consider", "consideration", "suitable", "ready", "prepared");

    /** "acceptable for publication in J", "submitted for publication in J": a manuscript that has not appeared. */
    private static boolean isOnlySought(Sentence s, int k) {
        return s.lower(k).equals("publication") && s.lower(k - 1).equals("for") && SOUGHT.contains(s.lower(k - 2));
    }

    /** "in Chilean patients", "in South African adults": the capitalised words describe people, and name no journal. */
    private static boolean namesPeople(Sentence s, int i) {
        int k = i;
        while (k < s.size() && s.token(k).isCapitalised()) {
            k++;
        }
        return k > i && TrialRecognizer.PARTICIPANTS.contains(s.lower(k));
    }

    /** Auxiliaries before "accepted in" that make it a paper's acceptance by a journal: "has been accepted in". */
    private static final java.util.Set<String> ACCEPTED_AUXILIARIES = java.util.Set.of("been", "was", "is", "got",
            "just", ":"); // a version history's "v3 (12 Oct 2026): Accepted in the Journal of Experimental Medicine"

    /** Gatherings a finding is described at, whose "in" names a city: "presented at a meeting in Vienna". */
    private static final java.util.Set<String> MEETINGS = java.util.Set.of("conference", "meeting", "congress",
            "symposium", "summit", "webinar", "session", "forum");

    /** The words a Vancouver citation's journal may take: "Lancet Oncol", "J Clin Oncol", "Nat Rev Clin Oncol". */
    private static final int CITED_JOURNAL_WORDS = 6;

    /** Whether the journal's name from token i ends in a full stop before a year: "Lancet Oncol. 2025;26(3)". */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d{2}");

    /** Whether the word is a year of the last two centuries: "2017". */
    public static boolean isYear(String word) {
        return YEAR.matcher(word).matches();
    }

    /** A year and a volume's semicolon after a journal's name, from token {@code after}: "BMC Cancer 2026; 26: 1187". */
    public static boolean yearAndVolumeAt(Sentence s, int after) {
        return isYear(s.lower(after)) && s.lower(after + 1).startsWith(";"); // "2026 ;14:e011482"
    }

    /**
     * A year and a volume right after a cited journal's name, its comma or a one-word name's stop opening the line:
     * "Blood 2026; 147", "Blood, 2026; 147", "Lupus. 2026;35" (but not a reference list's "N Engl J Med. 2019;381").
     */
    public static boolean citedYearAfter(Sentence s, int after) {
        boolean stop = s.lower(after).equals(".") && after == 1;
        return yearAndVolumeAt(s, after) || (s.lower(after).equals(",") || stop) && yearAndVolumeAt(s, after + 1);
    }

    /** What separates the parts of a running head: "Inflammation Case Notes | Case Series | Published online ...". */
    public static final java.util.Set<String> HEAD_SEPARATORS = java.util.Set.of("·", "|", "•");

    /** A citation's year and volume, or a running head's date, after a journal's name opening its line. */
    public static boolean citesDocumentAfter(Sentence s, int after) {
        return citedYearAfter(s, after) || RunningHeads.datedHeadAfter(s, after);
    }

    private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "“", "”");
    /** Labels of a line that lists a paper to read rather than reporting one: "Reading:", "References:". */
    static final java.util.Set<String> READING_LABELS = java.util.Set.of("reading", "references", "reference",
            "further", "suggested", "recommended", "background", "key", "see");
    /** How long a paper's quoted title may be, in tokens. */
    private static final int QUOTED_TITLE_TOKENS = 40;

    /** The opening quote of a quoted title whose closing quote is at k, if a comma stands before it; else -1. */
    public static int quotedTitleStart(Sentence s, int k) {
        if (!QUOTES.contains(s.lower(k))) {
            return -1;
        }
        for (int j = k - 1; j > 0 && j >= k - QUOTED_TITLE_TOKENS; j--) {
            if (QUOTES.contains(s.lower(j))) {
                return s.lower(j - 1).equals(",") ? j : -1;
            }
        }
        return -1;
    }

    /** The token after a journal's title from token i: its capitalised words and the small words between them. */
    static int afterTitle(Sentence s, int i) {
        int k = i + 1;
        while (k + 1 < s.size() && (s.token(k).isCapitalised() || TITLE_WORDS.contains(s.lower(k))
                && (s.token(k + 1).isCapitalised() || TITLE_WORDS.contains(s.lower(k + 1)) && k + 2 < s.size()
                && s.token(k + 2).isCapitalised()))) { // "Annals of the Rheumatic Diseases"
            k++;
        }
        return k;
    }

    /** Whether the journal's title from token i is followed by a comma and a year: "Journal of X, 2026". */
    private static boolean yearAfterComma(Sentence s, int i) {
        int end = afterTitle(s, i);
        return s.lower(end).equals(",") && isYear(s.lower(end + 1));
    }

    /** Whether the journal's capitalised words from token i close with a year in brackets: "Cancer Research (2026)". */
    private static boolean bracketedYearAfter(Sentence s, int i) {
        int end = capitalsEnd(s, i);
        return end - i <= CITED_JOURNAL_WORDS && bracketedYearAt(s, end);
    }

    /** Whether a year in brackets opens at token {@code open}: "(2025)". */
    public static boolean bracketedYearAt(Sentence s, int open) {
        return s.lower(open).equals("(") && isYear(s.lower(open + 1)) && s.lower(open + 2).equals(")");
    }

    private static boolean citedIssueAfter(Sentence s, int i) {
        for (int j = i + 1; j < Math.min(s.size(), i + 1 + CITED_JOURNAL_WORDS); j++) {
            if (s.lower(j).equals(".")) {
                return isYear(s.lower(j + 1));
            }
            if (!s.token(j).isCapitalised() && !s.lower(j).equals("of") && !s.lower(j).equals("&")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "paper, in" at {@code in}: a study noun, then "in" opening an aside closed by a comma before the next few words
     * end; "the trial, in 40 patients," or "the study, in mice," are no journal's, which the capital after "in" rules out.
     */
    private static boolean isStudyNounAside(Sentence s, int in, Cues cues) {
        if (!s.lower(in - 1).equals(",") || !cues.is(Cues.Category.STUDY_NOUN, Lemmatizer.singular(s.lower(in - 2)))
                || s.token(in - 2).isCapitalised()) {
            return false;
        }
        for (int k = in + 1; k < Math.min(s.size(), in + 1 + CITED_JOURNAL_WORDS); k++) {
            if (s.lower(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A journal slot that says the work appeared there (or will, "accepted by" it): not "will be submitted for
     * publication in the American Journal of X", whose name alone makes the slot a journal's.
     */
    public static boolean isPublishedSlot(Sentence s, int i, Cues cues) {
        int in = before(s, i, "in");
        int by = before(s, i, "by"); // "a full paper has been accepted by the Journal of Clinical Oncology"
        boolean accepted = by > 0 && s.lower(by - 1).equals("accepted") && s.token(i).isCapitalised();
        boolean slot = isJournalSlot(s, i, cues) || isSecondJournal(s, i, cues) || accepted
                || BracketedCitations.at(s, i);
        return slot && !(in > 0 && isOnlySought(s, in - 1));
    }

    /** What may come before a journal named as a study noun's modifier: "the Nature Medicine paper", "a new Cell". */
    private static final java.util.Set<String> STUDY_DETERMINERS = java.util.Set.of("a", "an", "the", "this", "that",
            "their", "her", "his", "our", "my", "new", "recent", "latest");

    /**
     * Whether the journal named from token {@code from} to {@code to} says where the study noun right after it
     * appeared: "the Nature Medicine paper from the Karolinska group", "in a new Cell study" (a determiner before it,
     * so that a sentence's "Blood results" is no paper).
     */
    public static boolean modifiesStudyNoun(Sentence s, int from, int to, Cues cues) {
        return from > 0 && STUDY_DETERMINERS.contains(s.lower(from - 1))
                && cues.is(Cues.Category.STUDY_NOUN, s.lower(to));
    }

    /** The most words a field's label before its journal takes: "Where it appeared:", "Published online in:". */
    private static final int VENUE_LABEL_WORDS = 4;
    private static final java.util.Set<String> VENUE_LABEL_LEMMAS = java.util.Set.of("publish", "appear", "journal");

    /** Whether the words before the colon at {@code colon} say where something appeared: "Where it appeared". */
    private static boolean namesVenue(Sentence s, int colon) {
        for (int k = 0; k < colon; k++) {
            if (VENUE_LABEL_LEMMAS.contains(s.token(k).lemma()) || VENUE_LABEL_LEMMAS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "et al" (perhaps with its full stop) ends at token k. */
    private static boolean etAlEndsAt(Sentence s, int k) {
        return (s.lower(k).equals("al.") || s.lower(k).equals("al")) && s.lower(k - 1).equals("et");
    }

    /** The most words an institution takes between a citation's "et al.," and its journal: "UCL", "Karolinska Institutet". */
    private static final int CITED_PLACE_WORDS = 5;

    /** The token after the run of capitalised words (and hyphens) from token i. */
    private static int capitalsEnd(Sentence s, int i) {
        int k = i;
        while (k < s.size() && (s.token(k).isCapitalised() || k > i && s.lower(k).equals("-"))) {
            k++;
        }
        return k;
    }

    /** "et al., UCL, Neuro-Oncology 2025": a capitalised run at i, then a comma and another run before a year. */
    private static boolean affiliationBeforeCitedJournal(Sentence s, int i) {
        int end = capitalsEnd(s, i);
        return end - i <= CITED_PLACE_WORDS && s.lower(end).equals(",") && s.token(end + 1).isCapitalised()
                && isYear(s.lower(capitalsEnd(s, end + 1)));
    }

    /** Whether the comma at {@code comma} closes a capitalised run right after a citation's "et al.,". */
    private static boolean afterCitedAffiliation(Sentence s, int comma) {
        int k = comma - 1;
        while (k > 0 && comma - k <= CITED_PLACE_WORDS && (s.token(k).isCapitalised() || s.lower(k).equals("-"))) {
            k--;
        }
        return k < comma - 1 && s.lower(k).equals(",") && etAlEndsAt(s, k - 1);
    }

    /** Lower-case words inside a journal's name: "Journal for ImmunoTherapy of Cancer". */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("of", "for", "and", "the", "in");

    /** "published in Nature Communications and the Journal for ImmunoTherapy of Cancer": the journal after "and". */
    private static boolean isSecondJournal(Sentence s, int i, Cues cues) {
        int and = before(s, i, "and");
        if (and < 2 || !s.token(i).isCapitalised() || !s.token(and - 1).isCapitalised()) {
            return false;
        }
        int first = and - 1;
        while (first > 0 && (s.token(first - 1).isCapitalised()
                || first > 1 && TITLE_WORDS.contains(s.lower(first - 1)) && s.token(first - 2).isCapitalised())) {
            first--; // back to the first journal's first word: "Nature Communications", "Journal of X"
        }
        return isJournalSlot(s, first, cues);
    }

    /** The token of {@code word} right before i, or before an article there ("in the"); else -1. */
    private static int before(Sentence s, int i, String word) {
        return s.lower(i - 1).equals(word) ? i - 1 : s.lower(i - 1).equals("the") && s.lower(i - 2).equals(word) ? i - 2 : -1;
    }

    /** Whether a run of capitalised words names languages only: "Swedish", "French and Arabic". */
    static boolean namesLanguages(Sentence s, int from, int end, Cues cues) {
        for (int k = from; k < end; k++) {
            if (!cues.is(Cues.Category.LANGUAGE, s.token(k).text()) && !(k > from && s.lower(k).equals("and"))) {
                return false;
            }
        }
        return true;
    }

    /** A title's first letters in lower case: "mBio", "eLife", "iScience", "npj Vaccines". */
    private static final java.util.regex.Pattern LOWER_CASE_TITLE_START = java.util.regex.Pattern.compile(
            "\\p{Ll}{1,2}\\p{Lu}|npj$");

    /** Whether a word can open a journal's title: "Blood", "mBio", "eLife". */
    private static boolean startsTitle(Token t) {
        return t.isCapitalised() || LOWER_CASE_TITLE_START.matcher(t.text()).lookingAt();
    }

    public static boolean isJournalSlot(Sentence s, int i, Cues cues) {
        String prev = s.lower(i - 1);
        if (prev.equals("journal") || prev.equals("journals")) {
            return true;
        }
        if ((prev.equals("called") || prev.equals("named")) && s.lower(i - 2).equals("journal")) {
            return true; // an easy read summary's "We wrote about our research in a journal called Thorax"
        }
        if (s.lower(i + 1).equals("journal") && s.token(i).isCapitalised()) {
            return true;
        }
        if (JournalSlots.isIssueOf(s, i, cues) || JournalSlots.isAfterAuthoredPaper(s, i, cues)
                || JournalSlots.isPaperModifier(s, i)) { // "Congratulations on your Nature paper"
            return true; // "published in the last issue of Blood", "a review by Dr. X of Y in the Journal of Z"
        }
        int etAl = bracketedYearAt(s, i - 4) ? i - 5 : i - 2;
        etAl = etAl == i - 5 && s.lower(etAl).equals(".") ? etAl - 1 : etAl; // "Ito et al. (2025), Blood"
        // a journal club's "we discussed Chen et al. (2025) in J" as well as a citation's comma
        if ((prev.equals(",") || prev.equals("in")) && etAlEndsAt(s, etAl) && startsTitle(s.token(i))
                && !affiliationBeforeCitedJournal(s, i)
                || prev.equals("(") && startsTitle(s.token(i)) && yearAfterComma(s, i)
                && BracketedCitations.reportedBefore(s, i - 1)) {
            return true; // "(Okonkwo et al., Blood Advances 2025)", "showed that X (Mucosal Immunology, 2024)"
        }
        if (prev.equals(",") && startsTitle(s.token(i)) && isYear(s.lower(capitalsEnd(s, i))) && afterCitedAffiliation(s, i - 1)) {
            return true; // "Brunvoll-Tan et al., UCL, Neuro-Oncology 2024": the journal after the authors' place
        }
        if (prev.equals(".") && etAlEndsAt(s, i - 2) && s.token(i).isCapitalised()
                && citedIssueAfter(s, i)) {
            return true; // a Vancouver citation: "Valcourt-Ibsen T, Okonkwo-Reyes D, et al. Blood. 2026;147(9):1012"
        }
        if (prev.equals(",") && etAlEndsAt(s, quotedTitleStart(s, i - 2) - 2) && startsTitle(s.token(i))
                && !READING_LABELS.contains(s.lower(0))) { // not a reading list's "Reading: X et al., "title", J"
            return true; // "X et al., "CCL2 from stellate cells recruits monocytes", Journal of Hepatology (2026)"
        }
        if (etAlEndsAt(s, prev.equals(".") ? i - 2 : i - 1) && s.token(i).isCapitalised()
                && (bracketedYearAfter(s, i) || yearAfterComma(s, i))) {
            // a short one dated in brackets, or after a comma: "Amankwah-Ross K, et al. Cancer Research (2026)",
            // "Ito-Fairbairn M, et al. Journal of Investigative Dermatology, 2026."
            return true;
        }
        if (prev.equals(",") && (s.lower(i - 2).equals("manuscript") && s.lower(i - 3).equals("accepted")
                || s.lower(i - 2).equals("press") && s.lower(i - 3).equals("in")) && s.token(i).isCapitalised()) {
            return true; // "Accepted manuscript, Cancer Discovery, 2026", "In press, Blood"
        }
        if (prev.equals(":") && i - 1 <= VENUE_LABEL_WORDS && s.token(i).isCapitalised() && namesVenue(s, i - 1)) {
            // a field's label opening its line: "Published in: Journal of Clinical Oncology 44 (2026)", a summary's
            // "Where it appeared: Journal of Clinical Lipidology, October 2026", "Journal: Blood"
            return true;
        }
        int in = prev.equals("in") ? i - 1 : prev.equals("the") && s.lower(i - 2).equals("in") ? i - 2 : -1;
        if (in < 0 || isOnlySought(s, in - 1) || namesPeople(s, i)) {
            return false;
        }
        boolean studyNoun = (cues.is(Cues.Category.STUDY_NOUN, Lemmatizer.singular(s.lower(in - 1)))
                || s.lower(in - 1).equals("highlights")) // a notice's "Recent highlights in Cancer Research:"
                // not "Pinnacle Clinical Research in San Antonio", but a headline's "Study in The Lancet: ..."
                && (!s.token(in - 1).isCapitalised() || in - 1 == 0 || s.token(in - 2).isPunctuation())
                && (!RELATIVES.contains(s.lower(in - 2)) || s.lower(in - 3).startsWith("publish")); // "that work"
        if (studyNoun && startsTitle(s.token(i))) {
            return true; // "a study in Cell Reports", "a report in Nature Medicine"
        }
        if (JournalSlots.isFindingsJournal(s, in, i) && startsTitle(s.token(i))) {
            return true; // "Her group showed in Neuron in 2023 that ...": the finding's journal and year
        }
        if ((isStudyNounAside(s, in, cues) || JournalSlots.isStudyNounCopula(s, in, cues)) && startsTitle(s.token(i))) {
            return true; // "His latest paper, in Nature Neuroscience, reports that ...", "The results are in Blood"
        }
        int out = in - 1;
        while (out > in - 4 && WHEN_OUT.contains(s.lower(out))) {
            out--; // "is out today in", "is out online this week in", "came out last month in"
        }
        if (s.lower(out).equals("out") && isOutAsPublished(s, out - 1) || JournalSlots.isOutFragment(s, in, i)) {
            return true; // "the trial, now out in the New England Journal of Medicine", a post's "Out now in Blood"
        }
        if (s.lower(in - 1).equals("accepted") && ACCEPTED_AUXILIARIES.contains(s.lower(in - 2))) {
            return true; // "The CXCR4 paper has been ACCEPTED in Blood", not "widely accepted in Europe"
        }
        if (out == 0 && s.lower(out).equals("new")) {
            return true; // a post's or a newsletter's lede: "New today in The Lancet Oncology: X shrank tumours in ..."
        }
        // a date between the verb and "in" takes no reach: "appeared online on November 12, 2026, in Nature X"
        int counted = 0;
        for (int k = in - 1; k >= 0 && counted < LOOK_BACK; k--) {
            counted += DATE_PART.matcher(s.lower(k)).matches() || Dates.isMonth(s.lower(k)) ? 0 : 1;
            if (MEETINGS.contains(Lemmatizer.singular(s.lower(k)))) {
                return false; // "described at the AD/PD conference in Vienna": where the meeting was
            }
            if (s.lower(k).equals("reporting") && s.lower(k + 1).equals("by")) {
                return false; // a wire story's credit: "Reporting by Priya Raman in Bengaluru", where she wrote from
            }
            if (cues.is(Cues.Category.PUBLISH_VERB, s.token(k).lemma())) {
                return true;
            }
            if (s.lower(k).equals("that") && cues.is(Cues.Category.PUBLISH_VERB, s.token(k - 1).lemma())) {
                return k == in - 1; // not "report that in lesions in Brazil", but "we published that in J"
            }
            if (s.token(k).text().equals(".") || s.token(k).text().equals(";")) {
                break;
            }
        }
        return false;
    }
}
