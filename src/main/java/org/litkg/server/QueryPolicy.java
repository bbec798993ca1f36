package org.litkg.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What a public endpoint refuses to run, named in the error: {@code SERVICE} (the server would
 * fetch from any address a stranger gives), {@code java:} functions and property functions (they
 * load classes by name), and Jena's script functions. Updates and {@code LOAD} never reach here:
 * no update endpoint is registered.
 */
final class QueryPolicy {

    static final String SCRIPT_NS = "http://jena.apache.org/ARQ/jsFunction#";

    private QueryPolicy() {
    }

    /** Why {@code query} may not run here, or null if it may. */
    static String refusal(Query query) {
        List<String> problems = new ArrayList<>();
        if (query.getQueryPattern() == null && query.getProject().getExprs().isEmpty()) {
            return null;
        }
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                problems.add("SERVICE is not allowed on this endpoint (it would make the server fetch from "
                        + op.getService() + "); run federated queries from your own client");
            }

            @Override
            public void visit(OpBGP op) {
                for (Triple t : op.getPattern().getList()) {
                    checkProperty(t.getPredicate());
                }
            }

            @Override
            public void visit(OpTriple op) {
                checkProperty(op.getTriple().getPredicate());
            }

            private void checkProperty(Node p) {
                if (p.isURI() && forbidden(p.getURI())) {
                    problems.add("the property function <" + p.getURI() + "> is not allowed on this endpoint");
                }
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function f && forbidden(f.getFunctionIRI())) {
                    problems.add("the function <" + f.getFunctionIRI() + "> is not allowed on this endpoint");
                }
            }
        });
        return problems.isEmpty() ? null : problems.get(0);
    }

    private static boolean forbidden(String iri) {
        return iri.startsWith("java:") || iri.startsWith(SCRIPT_NS);
    }
}
