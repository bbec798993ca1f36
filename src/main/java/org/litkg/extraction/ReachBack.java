package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.RecognizedDocument;

/**
 * How far back a reference looks for what it stands for: a few sentences, not counting a question-and-answer page's
 * questions and bare replies, which name nothing the answer goes on about ("... trap neutrophils in the bone marrow.
 * Is there a treatment? Yes. Mavorixafor ... lets the cells leave the marrow": the cells are still the neutrophils).
 */
final class ReachBack {

    private static final Set<String> REPLIES = Set.of("yes", "no", "yes.", "no.");

    private ReachBack() {
    }

    /** The first sentence, at or before si, that a reference in sentence si may look back to. */
    static int earliest(RecognizedDocument doc, int si) {
        List<Sentence> sentences = doc.analyzed().sentences();
        int counted = 0;
        int s = si;
        while (s > 0 && counted < Coreference.SENTENCES_BACK) {
            s--;
            counted += isAside(sentences.get(s)) ? 0 : 1;
        }
        return s;
    }

    /** A question, or a reply of one word: "Is there a treatment?", "Yes." */
    private static boolean isAside(Sentence s) {
        int last = s.size() - 1;
        return last >= 0 && (s.lower(last).equals("?")
                || REPLIES.contains(s.lower(0)) && (last == 0 || last == 1 && s.lower(last).matches("[.!]")));
    }
}
