package org.litkg.recognition;

import org.litkg.analysis.Sentence;
import org.litkg.document.AnsweredClues;

/**
 * The subject of a crossword clue answered on its own line ({@link AnsweredClues}), which stands for the answer:
 * the "Drug" of "3. Drug that blocks CXCR4 (10): PLERIXAFOR", the "It" of "2. It binds CXCR4 (6): CXCL12".
 */
public final class ClueSubjects {

    /** How far into the clue its subject's noun may stand: "HIV drug that blocks CCR5", "Oral drug for". */
    private static final int SUBJECT_REACH = 3;

    private ClueSubjects() {
    }

    /** The token the sentence's answer starts at, or -1 where the sentence is no answered clue. */
    public static int answerToken(Sentence s) {
        int at = AnsweredClues.answerStart(s.text());
        return at < 0 ? -1 : s.tokenStartingAt(s.span().start() + at);
    }

    /** The token of the clue's subject noun ("Drug", the "drug" of "HIV drug"), or -1. */
    public static int subjectNoun(Sentence s) {
        int answer = answerToken(s);
        int start = s.itemLabelEnd(); // past the clue's number: "3. Drug that ..."
        for (int k = start; answer > 0 && k < Math.min(answer, start + SUBJECT_REACH); k++) {
            if (AnaphorRecognizer.typeNoun(s, k) != null) {
                return k;
            }
            if (s.token(k).isPunctuation() || s.token(k).pos().equals("VERB")) {
                return -1;
            }
        }
        return -1;
    }
}
