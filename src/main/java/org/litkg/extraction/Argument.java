package org.litkg.extraction;

import org.litkg.document.Span;

/**
 * A relation argument as read: the node it denotes and the words that denote it in the sentence.
 *
 * @param node      the entity or study
 * @param span      where the words are in the document text
 * @param text      the words as written ("This protein", "AMD3100")
 * @param reference true when the words refer back ("the drug", "it") rather than name
 */
public record Argument(Node node, Span span, String text, boolean reference) {

    /** The study that the word at token k of a sentence refers to: "the study", "trial", "researchers". */
    static Argument studyWord(Study study, org.litkg.analysis.Sentence s, int k) {
        return new Argument(new Node.StudyNode(study), s.token(k).span(), s.token(k).text(), true);
    }
}
