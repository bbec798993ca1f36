package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.AnaphorRecognizer;
import org.litkg.recognition.ClueSubjects;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * A quiz's numbered question and its numbered answer, read together: "6. Which drug is given together with filgrastim
 * to move stem cells ...?" answered further down by "6. Plerixafor, sold as Mozobil." says that plerixafor is given so.
 * The question's "which drug" stands for the first name of its type that the answer gives; a question with no such
 * answer stays a question ({@link Questions}), and its "which drug" names nothing. A crossword's clue is answered on
 * its own line: "3. Drug that blocks CXCR4 (10): PLERIXAFOR" says that plerixafor blocks CXCR4.
 */
final class QuizAnswers {

    private QuizAnswers() {
    }

    /** Whether m is a question's "which X" or "what X". */
    static boolean isAsked(RecognizedDocument doc, Mention m) {
        Sentence s = doc.analyzed().sentences().get(m.sentence());
        return m.anaphoric() && (s.lower(m.from()).equals("which") || s.lower(m.from()).equals("what")
                || s.lower(m.from()).equals("this") && tossUpAnswer(doc, m.sentence()) >= 0 // "This receptor is ..."
                || AnaphorRecognizer.isNamingTask(s, m.from()) // "2. Name a drug that blocks CCR5."
                || ClueSubjects.subjectNoun(s) == m.from()); // a crossword's "Drug that blocks CXCR4 (10): PLERIXAFOR"
    }

    /** What the numbered answer to the question holding m names for it, or null. */
    static Node.EntityNode answer(RecognizedDocument doc, Mention m, Set<EntityType> allowed) {
        Mention named = firstNamed(doc, m.sentence(), x -> x.type().kind() == m.type().kind());
        DocumentEntities.Entity e = named == null ? null : doc.entities().of(named);
        return e != null && allowed.contains(e.type()) ? new Node.EntityNode(e) : null;
    }

    /** The first name that fits in the answer to the question at si (a crossword clue's is on its line), or null. */
    private static Mention firstNamed(RecognizedDocument doc, int si, java.util.function.Predicate<Mention> fits) {
        int clueAnswer = ClueSubjects.answerToken(doc.analyzed().sentences().get(si));
        int answer = clueAnswer >= 0 ? si : answerSentence(doc, si);
        int stated = clueAnswer < 0 && answer >= 0 ? itWas(doc.analyzed().sentences().get(answer)) : 0;
        Mention proper = stated > 0 ? firstFrom(doc, answer, stated, fits) : null;
        return proper != null ? proper : firstFrom(doc, answer, Math.max(0, clueAnswer), fits);
    }

    private static Mention firstFrom(RecognizedDocument doc, int answer, int from,
                                     java.util.function.Predicate<Mention> fits) {
        for (Mention named : answer < 0 ? List.<Mention>of() : doc.mentions().get(answer)) {
            if (!named.anaphoric() && named.from() >= from && fits.test(named)) {
                return named;
            }
        }
        return null;
    }

    /**
     * Where the answer proper opens after its asides: in "Answer: both CCL17 and CCL22 bind CCR4, but in the study it
     * was CCL22", after the last "it was" (if a name fits there); else 0.
     */
    private static int itWas(Sentence a) {
        int from = 0;
        for (int k = 1; k + 1 < a.size(); k++) {
            if (a.lower(k - 1).equals("it") && (a.lower(k).equals("was") || a.lower(k).equals("is"))) {
                from = k + 1;
            }
        }
        return from;
    }

    /**
     * What the answer to the question at si first names of the allowed types, for a bare "What does X block?" over
     * "Answer: CCR5, on T cells.", or null.
     */
    static Node.EntityNode firstAnswered(RecognizedDocument doc, int si, Set<EntityType> allowed) {
        Mention named = firstNamed(doc, si, x -> allowed.contains(doc.entities().of(x).type()));
        return named == null ? null : new Node.EntityNode(doc.entities().of(named));
    }

    /** Whether the question at si has a "which X" that its numbered answer names: then it states what it asks. */
    static boolean answered(Reading r, int si) {
        if (FrontedQuestions.bareWhat(r.sentence(si)) >= 0 && answerSentence(r.doc, si) >= 0) {
            return true; // "What does maraviroc block?" over "Card 1, back: CCR5.": the card states it
        }
        if (si + 1 < r.sentenceCount() && Questions.answeredNo(r.sentence(si), r.sentence(si + 1))) {
            return true; // "Does X block CCR5 as well? -> checked, it does not": what it asks is denied (Modality)
        }
        if (si + 1 < r.sentenceCount() && Questions.afterYes(r.sentence(si), r.sentence(si + 1)) > 0) {
            return true; // "Does maraviroc block CCR5? Yes.": what it asks is so
        }
        for (Mention m : r.doc.mentions().get(si)) {
            if (isAsked(r.doc, m) && answer(r.doc, m, java.util.EnumSet.allOf(EntityType.class)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence right after the question that an answer label opens ("My answer: Maraviroc."), or the later one that
     * opens with the question's own number ("6."); else -1, and an unnumbered question has no numbered answer.
     */
    private static int answerSentence(RecognizedDocument doc, int si) {
        Sentence q = doc.analyzed().sentences().get(si);
        List<Sentence> sentences = doc.analyzed().sentences();
        if (si + 1 < sentences.size() && opensWithAnswerLabel(sentences.get(si + 1))) {
            // "Your answer: CCR5 (incorrect)": a wrong answer answers nothing, but the right one after it does
            boolean wrong = markedWrong(sentences.get(si + 1));
            boolean rightNext = wrong && si + 2 < sentences.size() && opensWithAnswerLabel(sentences.get(si + 2));
            return !wrong ? si + 1 : rightNext ? si + 2 : -1;
        }
        int tossUp = tossUpAnswer(doc, si);
        if (tossUp >= 0) {
            return tossUp;
        }
        if (Questions.opening(q) == 0 || !q.lower(q.size() - 1).equals("?")) {
            return -1;
        }
        for (int sj = si + 1; sj < doc.analyzed().sentences().size(); sj++) {
            Sentence a = doc.analyzed().sentences().get(sj);
            if (Questions.opening(a) > 0 && a.lower(0).equals(q.lower(0)) && !a.lower(a.size() - 1).equals("?")) {
                return sj;
            }
        }
        return -1;
    }

    /** How many sentences a quiz bowl's toss-up may run before its "name this" and its answer. */
    private static final int TOSS_UP_SENTENCES = 4;

    /**
     * A quiz bowl's toss-up, clues about "this receptor" that end "For 10 points, name this receptor." over "ANSWER:
     * CXCR4": the answer's sentence, where sentence si is among the clues; else -1.
     */
    private static int tossUpAnswer(RecognizedDocument doc, int si) {
        List<Sentence> sentences = doc.analyzed().sentences();
        for (int sj = si; sj < Math.min(sentences.size() - 1, si + TOSS_UP_SENTENCES); sj++) {
            Sentence s = sentences.get(sj);
            boolean nameThis = java.util.stream.IntStream.range(1, s.size())
                    .anyMatch(k -> s.lower(k - 1).equals("name") && s.lower(k).equals("this"));
            if (nameThis) {
                return opensWithAnswerLabel(sentences.get(sj + 1)) ? sj + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * How many tokens an answer's label takes before its colon: "Answer:", "My answer:", "Model answer:", a flash
     * card's "Card 2, back:".
     */
    private static final int ANSWER_LABEL_TOKENS = 4;

    /** Words that mark an answer wrong: a course's "Your answer: CCR5 (incorrect)", a marker's "Wrong". */
    private static final Set<String> WRONG = Set.of("incorrect", "wrong", "✗", "✘", "❌");

    private static boolean markedWrong(Sentence s) {
        return s.tokens().stream().anyMatch(t -> WRONG.contains(t.lower()));
    }

    private static boolean opensWithAnswerLabel(Sentence s) {
        for (int k = 0; k < Math.min(s.size(), ANSWER_LABEL_TOKENS + 1); k++) {
            if (s.lower(k).equals(":")) {
                return k > 0 && (s.lower(k - 1).equals("answer") || s.lower(k - 1).equals("back"));
            }
        }
        return false;
    }
}
