package org.litkg.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.junit.jupiter.api.Test;
import org.litkg.Prerequisite;

/**
 * The clients researchers already use, against the real server: SPARQLWrapper (its default XML, its
 * JSON, a CONSTRUCT), rdflib's SPARQLStore, pandas.read_csv on the CSV results, rdflib reading an
 * entity IRI as linked data, and Jena's RDFConnection. Each must get "plerixafor blocks CXCR4".
 */
class ClientCompatibilityIT {

    private static final String BLOCKS = "PREFIX lkg: <https://w3id.org/litkg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?drug ?receptor WHERE { ?d lkg:blocks ?r . ?d rdfs:label ?drug . ?r rdfs:label ?receptor }";

    @Test
    void test_python_clients_each_get_the_answer() throws Exception {
        Prerequisite.require(Prerequisite.pythonHas("SPARQLWrapper", "rdflib", "pandas"), "Debian's Python SPARQL clients",
                Prerequisite.PYTHON_PACKAGES);
        JsonObject got;
        try (ClientsServer server = new ClientsServer()) {
            PythonRun run = PythonRun.of(Map.of(), "clients.py", server.base());
            assertEquals(0, run.status(), run.stderr());
            try (JsonReader reader = Json.createReader(new StringReader(run.stdout()))) {
                got = reader.readObject();
            }
        }
        for (String client : List.of("sparqlwrapper_xml", "sparqlwrapper_json", "rdflib_sparqlstore", "pandas_csv",
                "rdflib_linked_data")) {
            assertEquals(List.of(List.of("plerixafor", "CXCR4")), pairs(got.get(client)), client + " got " + got.get(client));
        }
        assertEquals(List.of(List.of("https://w3id.org/litkg/id/drug/plerixafor", "https://w3id.org/litkg/id/protein/cxcr4")),
                pairs(got.get("sparqlwrapper_construct")), "SPARQLWrapper CONSTRUCT got " + got.get("sparqlwrapper_construct"));
    }

    private static List<List<String>> pairs(JsonValue value) {
        assertTrue(value.getValueType() == JsonValue.ValueType.ARRAY, "an error instead of rows: " + value);
        List<List<String>> out = new ArrayList<>();
        value.asJsonArray().forEach(pair -> out.add(pair.asJsonArray().getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList()));
        return out;
    }

    @Test
    void test_jena_rdfconnection_queries_the_endpoint() throws Exception {
        try (ClientsServer server = new ClientsServer();
             RDFConnection conn = RDFConnectionRemote.service(server.base() + "/kg").queryEndpoint("sparql").build()) {
            List<String> rows = new ArrayList<>();
            conn.querySelect(BLOCKS, (QuerySolution row) ->
                    rows.add(row.getLiteral("drug").getString() + " blocks " + row.getLiteral("receptor").getString()));
            assertEquals(List.of("plerixafor blocks CXCR4"), rows);
            assertTrue(conn.queryAsk("ASK { <https://w3id.org/litkg/id/drug/plerixafor> ?p ?o }"));
        }
    }
}
