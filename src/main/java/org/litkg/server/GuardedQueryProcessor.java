package org.litkg.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's query operation with the public endpoint's rules ({@link QueryPolicy}), its guards
 * ({@link GuardedExpressions}) and its row cap. A SELECT gets {@code LIMIT cap+1} unless it has a
 * smaller one, and its answer is read whole before the first byte is sent: an answer over the cap,
 * a guard tripped, or the time limit reached all become an error status with a message, never a
 * 200 cut short.
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {

    private final QueryLimits limits;
    private final GuardedExpressions guards;

    GuardedQueryProcessor(QueryLimits limits, GuardedExpressions guards) {
        this.limits = limits;
        this.guards = guards;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        String refusal = QueryPolicy.refusal(query);
        if (refusal != null) {
            ServletOps.errorBadRequest(refusal);
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = guards.rewrite(chosen.getRight() == null ? query : chosen.getRight());
        if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > limits.maxRows())) {
            q.setLimit(limits.maxRows() + 1L);
        }
        return Pair.create(chosen.getLeft(), q);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        try {
            if (requestQuery.isSelectType()) {
                RowSet rows = exec.select();
                List<Binding> all = new ArrayList<>();
                while (rows.hasNext()) {
                    all.add(rows.next());
                    if (all.size() > limits.maxRows()) {
                        tooLarge("rows");
                    }
                }
                return new QueryExecResult(RowSetStream.create(rows.getResultVars(), all.iterator()));
            }
            QueryExecResult result = super.executeQuery(action, exec, requestQuery, queryStringLog);
            long size = result.isDataset() ? result.dataset().stream().count() : result.isGraph() ? result.graph().size() : 0;
            if (size > limits.maxRows()) {
                tooLarge("triples");
            }
            return result;
        } catch (GuardedExpressions.Exceeded e) {
            ServletOps.errorBadRequest(e.getMessage());
            return null;
        }
    }

    private void tooLarge(String what) {
        ServletOps.error(403, "the answer has more than " + limits.maxRows() + " " + what + ", this endpoint's cap; "
                + "add LIMIT " + limits.maxRows() + " (or less) and page through it with OFFSET");
    }
}
