package org.litkg.analysis;

import java.util.List;
import org.litkg.document.Document;

/** A document with its sentences and tokens: what every recogniser downstream reads. */
public record AnalyzedDocument(Document document, List<Sentence> sentences) {

    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
    }

    public int wordCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
