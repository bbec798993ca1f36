package org.litkg.ingest;

/**
 * How much one write may carry, with the defaults documented in the README.
 *
 * @param maxBodyBytes     request body, after any gzip is undone (16 MiB)
 * @param maxDocumentChars one document's text (1,000,000 characters, a long book chapter)
 * @param maxDocuments     documents in one batch (1,000)
 * @param maxHtmlDepth     nesting of HTML elements (256; real pages stay under 40)
 */
public record InputLimits(long maxBodyBytes, int maxDocumentChars, int maxDocuments, int maxHtmlDepth) {

    public static final InputLimits DEFAULT = new InputLimits(16L << 20, 1_000_000, 1_000, 256);
}
