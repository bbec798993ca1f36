package org.litkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.litkg.pipeline.ExampleGraph;

class JsonLdExportTest {

    @Test
    void test_jsonld_export_reads_back_as_the_same_graph_with_reifiers_in_rdf_1_1_form() {
        DatasetGraph graph = ExampleGraph.result().dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdExport.write(graph, out);
        DatasetGraph back = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD11).toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(JsonLdExport.withoutTripleTerms(graph), back));
    }

    @Test
    void test_jsonld_export_uses_the_context_terms_and_native_numbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdExport.write(ExampleGraph.result().dataset(), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"blocks\": \"entity:"), "relations use short keys");
        assertTrue(json.contains("\"type\": \"Evidence\""));
        assertTrue(json.matches("(?s).*\"subjectStart\": \\d+,.*"), "offsets are JSON numbers");
        assertTrue(json.contains("\"polarity\": \"Positive\""));
    }

    /** The published context names every term of the ontology, with the ontology's IRI. */
    @Test
    void test_published_context_defines_every_ontology_term() throws Exception {
        JsonObject context;
        try (var in = Files.newInputStream(Path.of("ontology/litkg-context.jsonld"))) {
            context = Json.createReader(in).readObject().getJsonObject("@context");
        }
        Dataset ontology = DatasetFactory.create();
        RDFDataMgr.read(ontology, "ontology/litkg.ttl");
        Set<String> missing = new TreeSet<>();
        ontology.asDatasetGraph().getDefaultGraph().find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(LKG.NS)) {
                String local = t.getSubject().getURI().substring(LKG.NS.length());
                if (local.isEmpty()) {
                    return;
                }
                var term = context.get(local);
                String iri = term == null ? null
                        : term.getValueType() == jakarta.json.JsonValue.ValueType.STRING ? context.getString(local)
                        : term.asJsonObject().getString("@id");
                if (!("lkg:" + local).equals(iri)) {
                    missing.add(local);
                }
            }
        });
        assertEquals(Set.of(), missing);
    }
}
