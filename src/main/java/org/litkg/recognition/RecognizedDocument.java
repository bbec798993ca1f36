package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.AnalyzedDocument;

/** An analysed document with its mentions, sentence by sentence, and its entities. */
public record RecognizedDocument(AnalyzedDocument analyzed, List<List<Mention>> mentions, DocumentEntities entities) {

    public RecognizedDocument {
        mentions = mentions.stream().map(List::copyOf).toList();
    }
}
