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
}
