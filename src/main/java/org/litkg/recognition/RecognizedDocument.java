package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.AnalyzedDocument;

/** An analysed document with its mentions, sentence by sentence, and its entities. */
public record RecognizedDocument(AnalyzedDocument analyzed, List<List<Mention>> mentions, DocumentEntities entities) {

    public RecognizedDocument {
        mentions = mentions.stream().map(List::copyOf).toList();
    }

    /** The name (not a reference such as "the drug") of sentence si whose last token is {@code end} - 1, or null. */
    public Mention nameEndingAt(int si, int end) {
        return mentions.get(si).stream().filter(m -> m.to() == end && !m.anaphoric()).findFirst().orElse(null);
    }

    /** The name (not a reference) of sentence si whose first token is {@code start}, or null. */
    public Mention nameStartingAt(int si, int start) {
        return mentions.get(si).stream().filter(m -> m.from() == start && !m.anaphoric()).findFirst().orElse(null);
    }
}
