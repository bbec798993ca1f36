package org.litkg.extraction;

import java.util.List;
import org.litkg.recognition.RecognizedDocument;

/** Everything read from one document: its entities and mentions, the studies it reports, its statements. */
public record DocumentExtraction(RecognizedDocument recognized, List<Study> studies, List<Statement> statements) {

    public DocumentExtraction {
        studies = List.copyOf(studies);
        statements = List.copyOf(statements);
    }
}
