package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A question that fronts its object: "Which receptor does maraviroc block?", a flash card's "Which chemokine do tumour
 * cells release?". The asked thing, which the answer below names ({@link QuizAnswers}), is the verb's object though it
 * stands before the subject.
 */
final class FrontedQuestions {

    /** How many tokens a card's label before the question may take: "Card 1, front:". */
    private static final int LABEL_TOKENS = 4;
    /** The auxiliaries after a fronted "which X" that open the question's inverted clause. */
    private static final Set<String> DO = Set.of("do", "does", "did");

    private FrontedQuestions() {
    }

    /**
     * The bare "what" that opens a question before "do", "does" or "did" ("What does maraviroc block?", past a card's
     * "Card 1, front:" label), or -1.
     */
    static int bareWhat(Sentence s) {
        int opening = s.labelColon(LABEL_TOKENS) + 1; // 0 without a label
        int what = s.lower(opening).equals("what") ? opening : -1;
        return what >= 0 && DO.contains(s.lower(what + 1)) && s.lower(s.size() - 1).equals("?") ? what : -1;
    }

    /**
     * The fronted asked object of the verb whose subject starts at {@code subjectStart}, its span put in {@code found};
     * else null.
     */
    static Argument object(Reading r, int si, int subjectStart, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        if (!s.lower(s.size() - 1).equals("?")) {
            return null;
        }
        int what = bareWhat(s);
        if (what >= 0 && what + 1 < subjectStart) { // "What does maraviroc block?": what the answer names
            Node.EntityNode answer = QuizAnswers.firstAnswered(r.doc, si, allowed);
            found[0] = what;
            found[1] = what + 1;
            return answer == null ? null : new Argument(answer, s.token(what).span(), s.token(what).text(), true);
        }
        for (Mention m : r.doc.mentions().get(si)) {
            if (m.to() < subjectStart && DO.contains(s.lower(m.to())) && QuizAnswers.isAsked(r.doc, m)) {
                Argument asked = r.argument(m, allowed);
                if (asked != null) {
                    found[0] = m.from();
                    found[1] = m.to();
                }
                return asked;
            }
        }
        return null;
    }
}
