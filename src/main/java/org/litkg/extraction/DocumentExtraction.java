package org.litkg.extraction;

import java.util.List;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.recognition.RecognizedDocument;

/** Everything read from one document: its entities and mentions, the studies it reports, its statements. */
public record DocumentExtraction(RecognizedDocument recognized, List<Study> studies, List<Statement> statements) {

    public DocumentExtraction {
        studies = List.copyOf(studies);
        statements = List.copyOf(statements);
    }

    /**
     * The same reading without the sentences, tokens and tags it was made from: what the graph
     * needs (the document, its entities and their mentions, studies, statements) and a fraction of
     * the memory, so a large corpus is not held in memory as analysed text.
     */
    public DocumentExtraction withoutAnalysis() {
        AnalyzedDocument bare = new AnalyzedDocument(recognized.analyzed().document(), List.of());
        return new DocumentExtraction(new RecognizedDocument(bare, List.of(), recognized.entities()), studies, statements);
    }
}
