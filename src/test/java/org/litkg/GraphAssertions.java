package org.litkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.litkg.rdf.LKG;
import org.litkg.rdf.Vocab;

/** Comparing graphs quad for quad, with a failure that names only the quads in which they differ. Shared with the Spark module's tests. */
public final class GraphAssertions {

    /** Every quad but the times of a build (when it ran is the one thing two builds of the same text do not share). */
    public static final Predicate<Quad> TIMES_ASIDE = q -> {
        Node p = q.getPredicate();
        return !p.equals(LKG.readAt) && !p.equals(Vocab.startedAtTime) && !p.equals(Vocab.endedAtTime);
    };

    private GraphAssertions() {
    }

    /** The quads of {@code expected} and {@code actual} that {@code compared} keeps are the same. */
    public static void assertSameQuads(DatasetGraph expected, DatasetGraph actual, Predicate<Quad> compared) {
        Set<String> e = quads(expected, compared);
        Set<String> a = quads(actual, compared);
        Set<String> missing = new TreeSet<>(e);
        missing.removeAll(a);
        Set<String> extra = new TreeSet<>(a);
        extra.removeAll(e);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "missing " + missing.size() + ", e.g. " + missing.stream().limit(3).toList()
                + "\nunexpected " + extra.size() + ", e.g. " + extra.stream().limit(3).toList());
    }

    public static Set<String> quads(DatasetGraph dsg, Predicate<Quad> compared) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> quads = new TreeSet<>();
            dsg.find().forEachRemaining(q -> {
                if (compared.test(q)) {
                    quads.add(q.toString());
                }
            });
            return quads;
        });
    }
}
