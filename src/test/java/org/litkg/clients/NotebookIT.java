package org.litkg.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litkg.Prerequisite;

/**
 * Executes examples/litkg-tour.ipynb with Debian's nbclient and ipykernel (/usr/bin/python3)
 * against the real server on the example corpus: every cell must run, and the outputs must hold
 * the row "plerixafor blocks CXCR4", the charts, and the entity read as linked data.
 */
class NotebookIT {

    private static final Path NOTEBOOK = Path.of("examples/litkg-tour.ipynb");
    private static final Path EXECUTED = Path.of("target/notebooks/litkg-tour.executed.ipynb");

    @Test
    void test_tour_notebook_runs_top_to_bottom_and_shows_what_it_promises() throws Exception {
        Prerequisite.require(Prerequisite.pythonHas("nbclient", "ipykernel", "SPARQLWrapper", "rdflib", "pandas",
                "matplotlib", "networkx"), "Debian's Python notebook packages", Prerequisite.PYTHON_PACKAGES);
        assertTrue(savedWithoutOutputs(read(NOTEBOOK)), "the notebook is committed without outputs");
        try (ClientsServer server = new ClientsServer()) {
            PythonRun run = PythonRun.of(Map.of("LITKG_ENDPOINT", server.endpoint()), "run_notebook.py",
                    NOTEBOOK.toString(), EXECUTED.toString());
            assertEquals(0, run.status(), run.stderr());
        }
        List<String> outputs = new ArrayList<>();
        int images = 0;
        for (JsonValue cell : read(EXECUTED).getJsonArray("cells")) {
            JsonObject c = cell.asJsonObject();
            if (!c.getString("cell_type").equals("code")) {
                continue;
            }
            for (JsonValue o : c.getJsonArray("outputs")) {
                JsonObject output = o.asJsonObject();
                assertTrue(!output.getString("output_type").equals("error"), "a cell failed: " + output);
                if (output.containsKey("text")) {
                    outputs.add(text(output.get("text")));
                }
                if (output.containsKey("data")) {
                    JsonObject data = output.getJsonObject("data");
                    images += data.containsKey("image/png") ? 1 : 0;
                    if (data.containsKey("text/plain")) {
                        outputs.add(text(data.get("text/plain")));
                    }
                }
            }
        }
        assertTrue(outputs.stream().anyMatch(o -> o.lines().anyMatch(l -> l.matches(".*plerixafor\\s+CXCR4\\s+0\\.9.*"))),
                "no output row 'plerixafor CXCR4 0.9' in " + outputs);
        assertTrue(outputs.stream().anyMatch(o -> o.contains("blocked by: plerixafor")), "the linked-data cell");
        assertTrue(outputs.stream().anyMatch(o -> o.contains("date") && o.contains("datetime64")), "dates typed as dates");
        assertTrue(outputs.stream().anyMatch(o -> o.contains("belief") && o.contains("float64")), "numbers typed as numbers");
        assertTrue(images >= 2, "the two figures (statements chart, mechanism graph): " + images);
    }

    private static JsonObject read(Path notebook) throws java.io.IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(notebook)))) {
            return reader.readObject();
        }
    }

    private static boolean savedWithoutOutputs(JsonObject notebook) {
        return notebook.getJsonArray("cells").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("cell_type").equals("code"))
                .allMatch(c -> c.getJsonArray("outputs").isEmpty() && c.isNull("execution_count"));
    }

    /** Notebook text fields are a string or a list of lines. */
    private static String text(JsonValue value) {
        if (value instanceof JsonArray lines) {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(((jakarta.json.JsonString) l).getString()));
            return out.toString();
        }
        return ((jakarta.json.JsonString) value).getString();
    }
}
