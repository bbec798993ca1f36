package org.litkg.analysis;

import org.litkg.document.Document;

/** Language analysis: sentences, tokens, POS tags and lemmas for a document's prose. */
public interface Analyzer {

    AnalyzedDocument analyze(Document document);
}
