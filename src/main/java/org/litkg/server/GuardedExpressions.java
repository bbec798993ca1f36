package org.litkg.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Guards for what a query's time limit cannot stop. Jena checks the clock between solutions, so
 * one regular expression backtracking over one long literal, or a chain of CONCATs doubling a
 * string, runs on (or fills the heap) inside a single step. Before a query runs, REGEX and
 * REPLACE are rewritten to versions whose matcher may examine at most a budget of characters, and
 * CONCAT to one whose result has a bounded length; past either bound the whole query fails with
 * a message ({@link Exceeded}). The function registries of the endpoint's context hold only
 * what is registered, so {@code java:} IRIs load no class, and SERVICE is off.
 */
final class GuardedExpressions {

    /**
     * A query went past a guard: answered as a 400 with this message. A cancellation, because that
     * is the one exception Jena lets out of a FILTER (others make the filter false, and the query
     * would go on, wrongly, with fewer rows).
     */
    static final class Exceeded extends QueryCancelledException {
        private final String message;

        Exceeded(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    private static final String NS = "urn:litkg:guarded:";
    static final String REGEX = NS + "regex";
    static final String REPLACE = NS + "replace";
    static final String BOUNDED = NS + "bounded";
    private static final int MAX_CACHED_PATTERNS = 256;

    private final QueryLimits limits;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    GuardedExpressions(QueryLimits limits) {
        this.limits = limits;
    }

    /** {@code query} with REGEX, REPLACE and CONCAT replaced by their guarded forms. */
    Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                if (func instanceof E_StrConcat) {
                    return new E_Function(BOUNDED, new ExprList(new E_StrConcat(args)));
                }
                return super.transform(func, args);
            }
        });
    }

    /** Sets up {@code context}: registries with the guarded functions and nothing loaded by name; no SERVICE. */
    void install(Context context) {
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry locked = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }
        };
        standard.keys().forEachRemaining(uri -> locked.put(uri, standard.get(uri)));
        locked.put(REGEX, uri -> new Regex());
        locked.put(REPLACE, uri -> new Replace());
        locked.put(BOUNDED, uri -> new Bounded());
        FunctionRegistry.set(context, locked);

        PropertyFunctionRegistry standardProperties = PropertyFunctionRegistry.get();
        PropertyFunctionRegistry lockedProperties = new PropertyFunctionRegistry() {
            @Override
            public boolean manages(String uri) {
                return isRegistered(uri);
            }

            @Override
            public PropertyFunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }
        };
        standardProperties.keys().forEachRemaining(uri -> lockedProperties.put(uri, standardProperties.get(uri)));
        PropertyFunctionRegistry.set(context, lockedProperties);
        context.set(ARQ.httpServiceAllowed, false);
    }

    private Pattern pattern(NodeValue pattern, NodeValue flags, String function) {
        String p = string(pattern, function);
        String f = flags == null ? null : string(flags, function);
        String key = f + "\u0000" + p;
        Pattern compiled = patterns.get(key);
        if (compiled == null) {
            compiled = RegexEngine.makePattern(function, p, f);
            if (patterns.size() < MAX_CACHED_PATTERNS) {
                patterns.put(key, compiled);
            }
        }
        return compiled;
    }

    private static String string(NodeValue v, String function) {
        Node n = v.asNode();
        if (!n.isLiteral()) {
            throw new ExprEvalException(function + ": not a string: " + v);
        }
        return n.getLiteralLexicalForm();
    }

    private Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(new BudgetedChars(text, new long[] {limits.regexSteps()}, limits.regexSteps()));
    }

    /** REGEX(text, pattern [, flags]) with a step budget. */
    private final class Regex extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Pattern p = pattern(args.get(1), args.size() == 3 ? args.get(2) : null, "REGEX");
            return NodeValue.booleanReturn(matcher(p, string(args.get(0), "REGEX")).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]) with a step budget and a bounded result. */
    private final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes three or four arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Pattern p = pattern(args.get(1), args.size() == 4 ? args.get(3) : null, "REPLACE");
            Node text = args.get(0).asNode();
            String replaced = matcher(p, string(args.get(0), "REPLACE")).replaceAll(string(args.get(2), "REPLACE"));
            bound(replaced.length());
            return NodeValue.makeNode(text.getLiteralLanguage().isEmpty() ? NodeFactory.createLiteralString(replaced)
                    : NodeFactory.createLiteralLang(replaced, text.getLiteralLanguage()));
        }
    }

    /** The value of a CONCAT, if its string is within the bound. */
    private final class Bounded extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue v = args.get(0);
            if (v.asNode().isLiteral()) {
                bound(v.asNode().getLiteralLexicalForm().length());
            }
            return v;
        }
    }

    private void bound(int length) {
        if (length > limits.maxStringChars()) {
            throw new Exceeded("a string built by CONCAT or REPLACE passed " + limits.maxStringChars()
                    + " characters; the query was stopped");
        }
    }

    /** The text a matcher reads, counting every character it looks at against a shared budget. */
    private static final class BudgetedChars implements CharSequence {
        private final String text;
        private final long[] left;
        private final long budget;

        BudgetedChars(String text, long[] left, long budget) {
            this.text = text;
            this.left = left;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exceeded("a regular expression examined over " + budget
                        + " characters in one match (catastrophic backtracking?); the query was stopped");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedChars(text.substring(start, end), left, budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
