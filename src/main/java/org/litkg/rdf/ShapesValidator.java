package org.litkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates a litkg dataset (all its graphs together) against {@code ontology/litkg-shapes.ttl}. */
public final class ShapesValidator {

    private static final String SHAPES = "/ontology/litkg-shapes.ttl";

    private ShapesValidator() {
    }

    public static ValidationReport validate(DatasetGraph dsg) {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        return ShaclValidator.get().validate(shapes(), union);
    }

    private static Shapes shapes() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES + " is missing from the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
