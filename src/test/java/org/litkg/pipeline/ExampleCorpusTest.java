package org.litkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.litkg.rdf.Iris;
import org.litkg.rdf.ShapesValidator;

/** The graph of the example corpus holds what the issue asks for, conforms to the shapes, and rebuilds identically. */
class ExampleCorpusTest {

    private static final String PREFIXES = """
            PREFIX lkg: <https://w3id.org/litkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    private static boolean ask(String where) {
        DatasetGraph dsg = ExampleGraph.result().dataset();
        String q = PREFIXES + "ASK { " + where + " }";
        try (var qe = QueryExecutionFactory.create(q, unionOf(dsg))) {
            return qe.execAsk();
        }
    }

    private static org.apache.jena.query.Dataset unionOf(DatasetGraph dsg) {
        DatasetGraph union = DatasetGraphFactory.create(dsg.getUnionGraph());
        return DatasetFactory.wrap(union);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "AMD3100, blocks, CXCR4",
            "CXCL12, binds, CXCR4",
            "AMD3100, approvedBy, FDA",
            "AMD3100, mobilizes, T cell",
            "fibrolamellar carcinoma, sequesters, T cell",
            "liver cancer, secretes, CXCL12",
    })
    void test_example_graph_holds_required_relation(String subject, String property, String object) {
        assertTrue(ask("?s rdfs:label|skos:altLabel \"" + subject + "\" . ?o rdfs:label|skos:altLabel \"" + object + "\" . ?s lkg:"
                + property + " ?o ."), subject + " " + property + " " + object);
    }

    @ParameterizedTest(name = "a study publishedIn {0} conductedBy {1}")
    @CsvSource({"Science Immunology, 'University of California, San Francisco'", "Gastroenterology, Cornell University"})
    void test_example_graph_holds_studies(String journal, String org) {
        assertTrue(ask("?st a lkg:Study ; lkg:publishedIn ?j ; lkg:conductedBy ?o . ?j rdfs:label \"" + journal
                + "\" . ?o rdfs:label \"" + org + "\" ."));
    }

    @Test
    void test_example_graph_types_entities_and_merges_aliases() {
        assertTrue(ask("?d a lkg:Drug ; rdfs:label \"plerixafor\" ; skos:altLabel \"AMD3100\" ."));
        assertTrue(ask("?r a lkg:Receptor ; rdfs:label \"CXCR4\" . ?c a lkg:Chemokine ; rdfs:label \"CXCL12\" ."));
        assertTrue(ask("?j a lkg:Journal ; rdfs:label \"Science Immunology\" . ?a a lkg:RegulatoryAgency ."));
        assertTrue(ask("?c a lkg:Cancer ; rdfs:label \"fibrolamellar carcinoma\" . ?t a lkg:CellType ; rdfs:label \"T cell\" ."));
        assertEquals(0, ExampleGraph.result().errors().size());
    }

    @Test
    void test_example_graph_has_no_entities_from_page_furniture() {
        assertTrue(!ask("?x rdfs:label ?l . FILTER(CONTAINS(?l, \"Semiconductors\") || CONTAINS(?l, \"pillars\") || CONTAINS(?l, \"Tech Stocks\"))"));
    }

    @Test
    void test_example_graph_conforms_to_shapes() {
        ValidationReport report = ShapesValidator.validate(ExampleGraph.result().dataset());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms());
    }

    @Test
    void test_every_relation_has_evidence_whose_sentence_holds_both_mentions() {
        String q = PREFIXES + """
                SELECT ?s ?p ?o ?sentence ?sStart ?oStart ?sentStart ?sText ?oText WHERE {
                  ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(lkg:)))
                  FILTER(?p IN (lkg:blocks, lkg:binds, lkg:secretes, lkg:publishedIn, lkg:approvedBy, lkg:sequesters,
                     lkg:mobilizes, lkg:combinedWith, lkg:conductedBy, lkg:ledBy, lkg:affiliatedWith, lkg:expressedOn))
                  OPTIONAL { ?e rdf:reifies <<( ?s ?p ?o )>> ; lkg:polarity lkg:Positive ; lkg:sentenceText ?sentence ;
                     lkg:subjectStart ?sStart ; lkg:sentenceStart ?sentStart ;
                     lkg:objectSelector [ a oa:TextPositionSelector ; oa:start ?oStart ] ;
                     lkg:subjectText ?sText ; lkg:objectText ?oText . }
                }""";
        int rows = 0;
        try (var qe = QueryExecutionFactory.create(q, unionOf(ExampleGraph.result().dataset()))) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                var row = rs.next();
                rows++;
                assertTrue(row.contains("sentence"), "no evidence for " + row);
                String sentence = row.getLiteral("sentence").getString();
                int base = row.getLiteral("sentStart").getInt();
                String sText = row.getLiteral("sText").getString();
                String oText = row.getLiteral("oText").getString();
                int s = row.getLiteral("sStart").getInt() - base;
                int o = row.getLiteral("oStart").getInt() - base;
                assertEquals(sText, sentence.substring(s, s + sText.length()), row.toString());
                assertEquals(oText, sentence.substring(o, o + oText.length()), row.toString());
            }
        }
        assertTrue(rows >= 10, "expected the example graph to hold relations, found " + rows);
    }

    @Test
    void test_rebuild_gives_an_isomorphic_graph_apart_from_provenance_times() {
        DatasetGraph first = withoutProvenance(ExampleGraph.result().dataset());
        DatasetGraph second = withoutProvenance(new Pipeline(List.of()).run(List.of(ExampleGraph.CORPUS), "test", m -> { }).dataset());
        assertTrue(IsoMatcher.isomorphic(first, second));
    }

    private static DatasetGraph withoutProvenance(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(Iris.PROVENANCE_GRAPH)) {
                copy.add(q);
            }
        });
        return copy;
    }
}
