package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/**
 * What a question states. A question asks about its verb and states nothing by it ("Can X be combined with Y?", a
 * quiz's "5. True or false: X blocks Y."); the answer, if the text gives one, is its own sentence. What the question
 * takes for granted about a name it mentions is stated all the same: an apposition ("Could X be combined with
 * etrumadenant, an adenosine receptor antagonist?"), a participle set off by commas ("Tildrakizumab, approved by the
 * FDA for psoriasis, blocks which protein?") and, in a question opened by a wh-word, a preposition inside one of its
 * noun phrases ("Which journal published the study of CCR8 on regulatory T cells?").
 */
final class Questions {

    /** How far before its class noun an apposition may open: ", an adenosine A2A receptor antagonist". */
    private static final int APPOSITION_REACH = 6;
    private static final Set<String> WH_WORDS = Set.of("which", "what", "who", "whose", "where", "when", "how", "why");

    private Questions() {
    }

    /** Quotes that may close a quoted question: a listener's email, "Does plerixafor block CCR5 as well?". */
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "’", "'");

    /** Whether the sentence is a question (perhaps quoted), or a quiz's "True or false:" statement. */
    static boolean asked(Sentence s) {
        int first = opening(s);
        int last = s.size() - 1;
        while (last > 0 && CLOSING_QUOTES.contains(s.lower(last))) {
            last--;
        }
        boolean trueOrFalse = s.lower(first).equals("true") && s.lower(first + 1).equals("or")
                && s.lower(first + 2).equals("false");
        // "Remember 2012, when your group showed that ...?": a card's reminder asks nothing it does not take as known
        boolean reminder = s.lower(first).equals("remember");
        return s.size() > 0 && s.lower(last).equals("?") && !reminder || trueOrFalse || instructed(s);
    }

    /** A part's letter or small roman number: the "a" of "(a)", the "iv" of "(iv)". */
    private static final java.util.regex.Pattern PART_LABEL = java.util.regex.Pattern.compile("[a-z]|[ivx]{1,4}");
    private static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("[a-z]");

    /** An examination's or a worksheet's instructions, which ask as a question does: "(a) Name the cell type that". */
    private static final Set<String> INSTRUCTING = Set.of("name", "explain", "suggest", "describe", "list", "state",
            "outline", "discuss", "compare", "identify", "predict", "justify", "define");

    /**
     * Whether a lettered item opens with an instruction: "(a) Name ...", "b) Explain why ..." (an examination's parts;
     * a numbered list's "4. Identify patients for the trials that combine X with Y" is a course's objective, which
     * states what it names).
     */
    private static boolean instructed(Sentence s) {
        boolean bracketed = s.lower(0).equals("(") && s.lower(2).equals(")")
                && PART_LABEL.matcher(s.lower(1)).matches();
        boolean lettered = s.lower(1).equals(")") && LETTER.matcher(s.lower(0)).matches();
        int first = bracketed ? 3 : lettered ? 2 : -1;
        return first > 0 && INSTRUCTING.contains(s.lower(first));
    }

    /** Whether what the trigger at {@code trigger} says is only asked, not taken for granted ({@link Questions}). */
    static boolean asked(Sentence s, int trigger) {
        if (!asked(s)) {
            return false;
        }
        if (inSpeakerLabel(s, trigger)) {
            return false; // a chat's "Dr. X (Pasteur Institute): seen the CXCR2 paper?": who asks is no question
        }
        if (s.lower(trigger - 1).equals(",") && s.lower(trigger).endsWith("ed") && trigger > opening(s) + 1) {
            return false; // "Tildrakizumab, approved by the FDA for psoriasis, blocks which protein?"
        }
        if (WH_WORDS.contains(s.lower(opening(s))) && s.token(trigger).pos().equals("ADP") && verbBefore(s, trigger)
                && s.lower(trigger - 2).equals("of")) {
            // "Which journal published this month's study of CCR8 on regulatory T cells?" (but "Which patients have
            // enough CD155 on their tumour cells?" asks where it is)
            return false;
        }
        for (int k = trigger - 1; k >= Math.max(1, trigger - APPOSITION_REACH); k--) {
            String w = s.lower(k);
            if ((w.equals("a") || w.equals("an")) && s.lower(k - 1).equals(",")) {
                return false;
            }
            if (w.equals(",") || isVerbLike(s, k)) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether the journal named at token k is its paper's modifier, which a question takes for granted: "Did you see
     * the Nature Medicine paper from the Karolinska group?" asks about the reading, not where the paper appeared.
     */
    static boolean paperOfJournal(Reading r, int si, int k) {
        Mention m = r.startingAt(si, k);
        return m != null && m.type() == EntityType.JOURNAL
                && PublicationContext.modifiesStudyNoun(r.sentence(si), k, m.to(), r.cues);
    }

    private static final Set<String> YES_NO_OPENERS = Set.of("does", "do", "did", "is", "are", "was", "can", "could",
            "will", "would", "has", "have");
    /** What may come before a short answer's words: an arrow, "checked", "Answer:", a comma. */
    private static final Set<String> ANSWER_LEADS = Set.of("-", "->", "→", "=>", ">", "—", "–", ":", ",", "checked",
            "answer", "a");
    private static final Set<String> NOES = Set.of("no", "no.", "nope");
    private static final Set<String> ANSWER_SUBJECTS = Set.of("it", "they", "he", "she");
    /** How far into its sentence a yes-or-no question may open, past a label: "Ben asked: does X block Y?". */
    private static final int LABEL_WORDS = 4;

    /**
     * Whether the yes-or-no question q is answered no by the next sentence, as a note or a chat answers it: "Does X
     * block CCR5 as well? -> checked, it does not", "Does it bind CXCR4? No.". The question then denies what it asks.
     */
    static boolean answeredNo(Sentence q, Sentence next) {
        if (next == null || !asked(q) || !yesOrNo(q)) {
            return false;
        }
        int k = 0;
        boolean no = false;
        while (k < next.size() && (ANSWER_LEADS.contains(next.lower(k)) || NOES.contains(next.lower(k)))) {
            no |= NOES.contains(next.lower(k));
            k++;
        }
        boolean pronounDenies = ANSWER_SUBJECTS.contains(next.lower(k)) && YES_NO_OPENERS.contains(next.lower(k + 1))
                && (next.lower(k + 2).equals("not") || next.lower(k + 2).equals("n't"));
        int end = pronounDenies ? k + 3 : k;
        boolean closes = end >= next.size() || end == next.size() - 1 && next.lower(end).equals(".");
        return (pronounDenies || no) && closes;
    }

    /**
     * The first word after a "Yes" that answers the yes-or-no question q, perhaps in brackets ("Is maraviroc approved?
     * (Yes, by the FDA in 2007.)") or after the answerer's label, or after an affirming "I do" ("BALIXAFORTIDE: I
     * do."): the question then states what it asks. -1 where next is no such answer, or qualifies it ("Yes, but only
     * in mice").
     */
    static int afterYes(Sentence q, Sentence next) {
        if (next == null || !asked(q) || !yesOrNo(q)) {
            return -1;
        }
        int k = next.lower(0).equals("(") ? 1 : 0;
        k = next.afterWrittenColon(k, SPEAKER_LABEL_WORDS); // a transcript's "BALIXAFORTIDE: I do."
        boolean affirmed = ANSWER_SUBJECTS_FIRST.contains(next.lower(k)) && AFFIRMING.contains(next.lower(k + 1));
        k = affirmed ? k + 1 : k;
        boolean yes = YES_WORDS.contains(next.lower(k)) || next.lower(k).equals("yes.") || affirmed;
        String after = next.lower(k + 1);
        boolean plain = after.isEmpty() || after.equals(".") || after.equals("!") || after.equals(")")
                || after.equals(",") && !next.lower(k + 2).equals("but");
        return yes && plain ? k + 1 : -1;
    }

    /** Who answers "I do", "It does", "We can": the answer's subject. */
    private static final Set<String> ANSWER_SUBJECTS_FIRST = Set.of("i", "it", "we", "they");
    /** The auxiliary that affirms what was asked: "I do", "It does", "It is", "We have". */
    private static final Set<String> AFFIRMING = Set.of("do", "does", "did", "am", "is", "are", "can", "will", "have",
            "has");

    /** How many words the answerer's label may have: "BALIXAFORTIDE:", "Dr Osei:". */
    private static final int SPEAKER_LABEL_WORDS = 2;

    private static boolean yesOrNo(Sentence q) {
        if (YES_NO_OPENERS.contains(q.lower(pastVocative(q, opening(q)))) || isTagged(q)) {
            return true;
        }
        for (int k = 1; k < Math.min(q.size(), LABEL_WORDS); k++) {
            if (q.lower(k).equals(":")) { // "Ben asked: does X block CCR5 as well?"
                return YES_NO_OPENERS.contains(q.lower(pastVocative(q, k + 1)));
            }
        }
        return false;
    }

    /** Words that answer a question yes: "Yes.", a tag question's "Right, it blocks CXCR4.". */
    private static final Set<String> YES_WORDS = Set.of("yes", "right", "exactly", "correct", "yeah", "yep");
    /** A tag after a statement that asks only to have it confirmed: "..., right?", "..., correct?". */
    private static final Set<String> TAGS = Set.of("right", "correct", "yes");

    /** Whether the question is a statement with a tag: "And AMD3100 blocks CXCR4 on the T cells, right?". */
    private static boolean isTagged(Sentence q) {
        int last = q.size() - 1;
        return last >= 2 && q.lower(last).equals("?") && TAGS.contains(q.lower(last - 1))
                && q.lower(last - 2).equals(",");
    }

    /** How many words a name called before a question may have: "Balixafortide, do you block CXCR4?". */
    private static final int VOCATIVE_WORDS = 3;

    /** The word after a name called and its comma at k ("Balixafortide, do you ..."), else k. */
    private static int pastVocative(Sentence q, int k) {
        for (int c = k + 1; c <= k + VOCATIVE_WORDS && c < q.size(); c++) {
            if (q.lower(c).equals(",")) {
                return q.token(k).isCapitalised() && !YES_NO_OPENERS.contains(q.lower(k)) ? c + 1 : k;
            }
        }
        return k;
    }

    /** The first word after a list item's number: 2 in "5. True or false: ...", 0 where no number opens the item. */
    static int opening(Sentence s) {
        return s.lower(0).matches("\\d{1,3}") ? s.itemLabelEnd() : 0;
    }

    /** Whether the question's verb comes before k: not so in "Which receptor on T cells does CXCL10 bind?". */
    private static boolean verbBefore(Sentence s, int k) {
        for (int j = opening(s) + 1; j < k; j++) {
            if (isVerbLike(s, j)) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens a speaker's label may take: "Dr. Elodie Marchetti-Osei (Pasteur Institute):". */
    private static final int SPEAKER_LABEL_TOKENS = 14;

    /** Whether token k stands in a label before a written colon that has no verb in it, the question after it. */
    private static boolean inSpeakerLabel(Sentence s, int k) {
        int after = s.afterWrittenColon(k, SPEAKER_LABEL_TOKENS - k - 1);
        return after > k && java.util.stream.IntStream.range(0, after - 1).noneMatch(j -> isVerbLike(s, j));
    }

    private static boolean isVerbLike(Sentence s, int k) {
        return s.token(k).pos().equals("VERB") || s.token(k).pos().equals("AUX");
    }
}
