package org.litkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litkg.pipeline.ExampleGraph;

/** The KGX TSV export of the example graph: its columns, its row counts, and one edge read back whole. */
class KgxExportTest {

    private static final Set<String> BIBLIOGRAPHIC = Set.of("publishedIn", "conductedBy", "ledBy", "affiliatedWith",
            "approvedBy", "reportedIn");
    private static List<Map<String, String>> nodes;
    private static List<Map<String, String>> edges;
    private static DatasetGraph dsg;

    @BeforeAll
    static void export() throws Exception {
        dsg = ExampleGraph.result().dataset();
        StringWriter n = new StringWriter();
        StringWriter e = new StringWriter();
        KgxExport.write(dsg, n, e);
        nodes = rows(n.toString(), KgxExport.NODE_COLUMNS);
        edges = rows(e.toString(), KgxExport.EDGE_COLUMNS);
    }

    /** Parses a TSV whose header must be exactly {@code columns}; every row must have as many fields. */
    private static List<Map<String, String>> rows(String tsv, List<String> columns) {
        String[] lines = tsv.split("\n");
        assertEquals(columns, Arrays.asList(lines[0].split("\t", -1)));
        return Arrays.stream(lines).skip(1).map(line -> {
            String[] fields = line.split("\t", -1);
            assertEquals(columns.size(), fields.length, line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < fields.length; i++) {
                row.put(columns.get(i), fields[i]);
            }
            return row;
        }).toList();
    }

    @Test
    void test_one_node_per_categorised_entity_and_one_edge_per_biomedical_statement() {
        Graph entities = dsg.getGraph(Iris.ENTITIES_GRAPH);
        long categorised = entities.find(Node.ANY, Vocab.type, Node.ANY).toList().stream()
                .filter(t -> KgxVocabulary.category(t.getObject().getURI().substring(LKG.NS.length())).isPresent())
                .map(t -> t.getSubject()).distinct().count();
        assertEquals(categorised, nodes.size());
        long biomedical = dsg.getGraph(Iris.STATEMENTS_GRAPH).find(Node.ANY, Vocab.reifies, Node.ANY).toList().stream()
                .map(t -> t.getObject().getTriple())
                .filter(t -> KgxVocabulary.predicate(t.getPredicate().getURI().substring(LKG.NS.length())).isPresent())
                .count();
        assertEquals(biomedical, edges.size());
        assertTrue(edges.size() >= 10, "the example graph has a dozen biomedical statements");
        Set<String> ids = new HashSet<>();
        nodes.forEach(r -> assertTrue(ids.add(r.get("id")), "duplicate node id " + r.get("id")));
        for (Map<String, String> edge : edges) {
            assertTrue(ids.contains(edge.get("subject")) && ids.contains(edge.get("object")), edge.toString());
            assertTrue(edge.get("predicate").startsWith("biolink:") && edge.get("category").equals("biolink:Association"));
            assertEquals(edge.get("supporting_text").split("\\|").length, Integer.parseInt(edge.get("has_evidence_count")));
        }
    }

    @Test
    void test_drug_blocks_receptor_edge_carries_standard_ids_qualifiers_and_its_sentence() {
        Map<String, String> plerixafor = nodes.stream().filter(r -> r.get("name").equals("plerixafor")).findFirst().orElseThrow();
        assertEquals("DRUGBANK:DB06809", plerixafor.get("id"));
        assertEquals("biolink:Drug", plerixafor.get("category"));
        assertTrue(plerixafor.get("synonym").contains("AMD3100"));
        Map<String, String> blocks = edges.stream().filter(r -> r.get("original_predicate").equals("lkg:blocks"))
                .findFirst().orElseThrow();
        assertEquals("DRUGBANK:DB06809", blocks.get("subject"));
        assertEquals("UniProtKB:P61073", blocks.get("object"));
        assertEquals("biolink:affects", blocks.get("predicate"));
        assertEquals("activity", blocks.get("object_aspect_qualifier"));
        assertEquals("decreased", blocks.get("object_direction_qualifier"));
        assertEquals("text_mining_agent", blocks.get("agent_type"));
        assertTrue(blocks.get("supporting_text").contains("CXCR4"));
        assertTrue(blocks.get("publications").startsWith("litkg:doc/"));
        assertTrue(blocks.get("subject_location_in_text").matches("\\d+-\\d+(\\|\\d+-\\d+)*"));
        assertTrue(Double.parseDouble(blocks.get("extraction_confidence_score")) > 0.5);
    }

    @Test
    void test_every_ontology_class_and_relation_has_its_biolink_reading_or_is_bibliographic() {
        Graph ontology = RDFDataMgr.loadGraph("ontology/litkg.ttl");
        Node objectProperty = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2002/07/owl#ObjectProperty");
        Node domain = org.apache.jena.graph.NodeFactory.createURI(Vocab.RDFS + "domain");
        Set<String> checked = new HashSet<>();
        ontology.find(Node.ANY, Vocab.type, objectProperty).forEach(t -> {
            String name = t.getSubject().getURI().substring(LKG.NS.length());
            Node dom = ontology.find(t.getSubject(), domain, Node.ANY).nextOptional().map(d -> d.getObject()).orElse(null);
            boolean betweenEntities = dom == null || !Set.of("Evidence", "Document", "Mention", "Statement")
                    .contains(dom.getURI().substring(LKG.NS.length()));
            if (betweenEntities && !name.equals("polarity")) {
                checked.add(name);
                assertTrue(KgxVocabulary.predicate(name).isPresent() || BIBLIOGRAPHIC.contains(name),
                        "lkg:" + name + " has no Biolink predicate and is not a bibliographic relation");
            }
        });
        assertTrue(checked.containsAll(Set.of("blocks", "binds", "secretes", "combinedWith", "publishedIn")), checked.toString());
        for (String entityClass : List.of("Drug", "DrugClass", "Protein", "Receptor", "Chemokine", "Disease", "Cancer",
                "CellType", "Tissue", "Study", "ClinicalTrial", "Journal", "Organization", "RegulatoryAgency", "Person")) {
            assertTrue(KgxVocabulary.category(entityClass).isPresent(), entityClass);
        }
    }
}
