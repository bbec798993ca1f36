package org.litkg.server;

/**
 * What one SPARQL request may cost, with the defaults documented in the README. The query time
 * limit is {@link KgServer.Options#queryTimeoutMillis()}.
 *
 * @param maxRows          rows of a SELECT answer, or triples of a CONSTRUCT or DESCRIBE one (10,000);
 *                         a larger answer is refused with a message, never cut short in silence
 * @param maxConcurrent    queries running at once (4 per core); more wait up to a second, then get 503
 * @param maxRequestBytes  a query request's body (1 MiB)
 * @param regexSteps       characters one regular-expression match may examine (10 million),
 *                         so catastrophic backtracking ends even where the time limit cannot reach
 * @param maxStringChars   longest string CONCAT or REPLACE may build (1,000,000 characters)
 */
public record QueryLimits(int maxRows, int maxConcurrent, long maxRequestBytes, long regexSteps, int maxStringChars) {

    public static QueryLimits defaults() {
        return new QueryLimits(10_000, 4 * Runtime.getRuntime().availableProcessors(), 1L << 20, 10_000_000L, 1_000_000);
    }
}
