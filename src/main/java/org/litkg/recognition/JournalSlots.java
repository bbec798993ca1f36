package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;

/**
 * Places a journal is named as where a study appeared: as a paper's modifier ("your Nature paper"), as what an issue
 * or a printed copy is of ("published in the last issue of Blood", "a copy of Cancer Cell, open at a paper from Y
 * showing that ..."), and after a paper's authors ("a review by Dr. X of Y in the Journal of Investigative
 * Dermatology"). A copy is of the journal a study appeared in only where the sentence goes on to the paper in it; "a
 * copy of Nature on her desk" reports no study.
 */
final class JournalSlots {

    private static final Set<String> ISSUE_NOUNS = Set.of("issue", "issues", "volume", "edition");
    private static final Set<String> COPY_NOUNS = Set.of("copy", "copies");
    /** Words of the authors and their place between "by" and "in": "Dr. X and colleagues of Y". */
    private static final Set<String> AUTHOR_WORDS = Set.of("of", "at", "and", "colleagues", "'s", "’s", ",", ".", "-");
    /** How many words the authors and their place may take: "Professor X Y and colleagues at the University of Z". */
    private static final int AUTHOR_REACH = 14;

    private JournalSlots() {
    }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

    /**
     * Whether "in" at {@code in} follows a study noun and its copula: "The results are in The New England Journal of
     * Medicine", "The findings were in Nature".
     */
    static boolean isStudyNounCopula(Sentence s, int in, Cues cues) {
        return in >= 2 && COPULAS.contains(s.lower(in - 1)) && !s.token(in - 2).isCapitalised()
                && cues.is(Cues.Category.STUDY_NOUN, Lemmatizer.singular(s.lower(in - 2)));
    }

    /** Whether the capitalised name at token i follows "issue of", "the issue of", or "copy of" before a study word. */
    static boolean isIssueOf(Sentence s, int i, Cues cues) {
        int of = s.lower(i - 1).equals("the") ? i - 2 : i - 1; // "appears in the current issue of the Annals of ..."
        if (!s.lower(of).equals("of") || !s.token(i).isCapitalised()) {
            return false;
        }
        String noun = s.lower(of - 1);
        return ISSUE_NOUNS.contains(noun) || COPY_NOUNS.contains(noun) && studyWordAfter(s, i, cues);
    }

    /** Whether the name at token i follows "a review by", "a paper by" and its authors, then "in": the paper's journal. */
    static boolean isAfterAuthoredPaper(Sentence s, int i, Cues cues) {
        int in = s.lower(i - 1).equals("in") ? i - 1 : s.lower(i - 1).equals("the") && s.lower(i - 2).equals("in") ? i - 2
                : -1;
        if (in < 2 || !s.token(i).isCapitalised()) {
            return false;
        }
        for (int k = in - 1; k > 0 && k >= in - AUTHOR_REACH; k--) {
            if (s.lower(k).equals("by")) {
                String noun = Lemmatizer.singular(s.lower(k - 1));
                return k < in - 1 && !s.token(k - 1).isCapitalised()
                        && (noun.equals("review") || cues.is(Cues.Category.STUDY_NOUN, noun));
            }
            if (!s.token(k).isCapitalised() && !AUTHOR_WORDS.contains(s.lower(k)) && !s.lower(k).equals("the")) {
                return false;
            }
        }
        return false;
    }

    /** Words a journal's name may be set before as a modifier: "your Nature paper", "a Blood article". */
    private static final Set<String> PAPER_NOUNS = Set.of("paper", "papers", "article", "articles");
    private static final Set<String> OWNERS = Set.of("a", "an", "your", "our", "her", "his", "their", "my");

    /**
     * Whether the capitalised name at i modifies "paper" after an owner or an article, perhaps after a year: "your
     * Nature paper", "the 2019 Nature paper", not a compound's first part ("the Inverclyde paper mill").
     */
    static boolean isPaperModifier(Sentence s, int i) {
        // "the 2019 Nature paper": a year between the article and the journal
        boolean dated = s.lower(i - 1).matches("(19|20)\\d\\d") && (OWNERS.contains(s.lower(i - 2))
                || s.lower(i - 2).equals("the"));
        return i > 0 && s.token(i).isCapitalised() && (OWNERS.contains(s.lower(i - 1)) || dated) && i + 1 < s.size()
                && PAPER_NOUNS.contains(s.lower(i + 1)) && (i + 2 >= s.size() || !s.token(i + 2).pos().equals("NOUN"));
    }

    private static boolean studyWordAfter(Sentence s, int i, Cues cues) {
        for (int k = i + 1; k < s.size(); k++) {
            if (cues.is(Cues.Category.STUDY_NOUN, s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a finding that name its journal after "in", with its year or "that": "showed in Neuron (2023) that". */
    private static final Set<String> FINDING_VERBS = Set.of("show", "report", "demonstrate", "describe");
    /** Words of when, between a finding's verb and its journal: "we showed last year in the Journal of Immunology". */
    private static final Set<String> WHEN_WORDS = Set.of("last", "this", "year", "month", "week", "earlier",
            "recently");
    private static final int WHEN_REACH = 2;

    /**
     * Whether "in" at token {@code in} names the journal at i of a finding a verb reports, dated or going on to
     * "that": "showed in Neuron (2023) that", "which showed in 2025 in Cancer Immunology Research that", "we showed
     * last year in the Journal of Immunology that".
     */
    static boolean isFindingsJournal(Sentence s, int in, int i) {
        int after = PublicationContext.afterTitle(s, i);
        boolean dated = s.lower(after).equals("in") && PublicationContext.isYear(s.lower(after + 1))
                || s.lower(after).equals("that") || s.lower(after).equals("(")
                && PublicationContext.isYear(s.lower(after + 1)) && s.lower(after + 3).equals("that");
        int verb = PublicationContext.isYear(s.lower(in - 1)) && s.lower(in - 2).equals("in") ? in - 3 : in - 1;
        while (verb > in - 1 - WHEN_REACH && WHEN_WORDS.contains(s.lower(verb))) {
            verb--;
        }
        return verb >= 0 && FINDING_VERBS.contains(s.token(verb).lemma()) && dated;
    }

    /**
     * Whether "in" at token {@code in} names the journal at i of a post's fragment that opens with "Out": "Out now in
     * Blood", "Out in Cancer Cell this week." (a when-word on either side and nothing
     * more, for "Out in Boston this week, we ..." is no paper's).
     */
    static boolean isOutFragment(Sentence s, int in, int i) {
        if (!s.lower(0).equals("out")) {
            return false;
        }
        for (int k = 1; k < in; k++) {
            if (!PublicationContext.WHEN_OUT.contains(s.lower(k))) {
                return false;
            }
        }
        int k = PublicationContext.afterTitle(s, i);
        boolean when = in > 1;
        for (; k < s.size() && PublicationContext.WHEN_OUT.contains(s.lower(k)); k++) {
            when = true;
        }
        return when && (k == s.size() || FRAGMENT_ENDS.contains(s.lower(k))); // not "Out in Boston this week, we ..."
    }

    private static final Set<String> FRAGMENT_ENDS = Set.of(".", ":", "!");
}
