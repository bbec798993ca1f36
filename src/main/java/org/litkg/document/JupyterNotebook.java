package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A Jupyter notebook ({@code .ipynb}, nbformat 4): its markdown cells are what its author wrote and are read as
 * Markdown ({@link MarkdownText}), one block each. Code cells, their outputs (tables, warnings, figures, errors) and
 * raw cells are the analysis's machinery, not its prose, and are left out. The title is the notebook's own, from its
 * metadata, or its first level-one heading.
 */
final class JupyterNotebook {

    private JupyterNotebook() {
    }

    /** The notebook's prose and title. Throws IllegalArgumentException where the text is no notebook. */
    static SourceFormat.Reduced reduce(String json) {
        JsonValue value;
        try {
            value = JSON.parseAny(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException("not a Jupyter notebook: not valid JSON (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) { // Jena's parser fails with a NullPointerException on text cut short
            throw new IllegalArgumentException("not a Jupyter notebook: the JSON ends before the notebook does", e);
        }
        JsonValue cells = value.isObject() ? value.getAsObject().get("cells") : null;
        if (cells == null || !cells.isArray()) {
            throw new IllegalArgumentException("not a Jupyter notebook: no \"cells\" list (nbformat 4 keeps its cells "
                    + "there; a notebook from nbformat 3 must be opened and saved again by Jupyter first)");
        }
        List<String> blocks = new ArrayList<>();
        for (JsonValue cell : cells.getAsArray()) {
            if (cell.isObject() && "markdown".equals(string(cell.getAsObject().get("cell_type")))) {
                blocks.add(source(cell.getAsObject().get("source")));
            }
        }
        String markdown = String.join("\n\n", blocks);
        return new SourceFormat.Reduced(title(value.getAsObject()).orElse(MarkdownText.title(markdown)),
                MarkdownText.text(markdown));
    }

    /** A cell's source: a list of lines (each with its own line break), or one string. */
    private static String source(JsonValue source) {
        if (source == null) {
            return "";
        }
        if (!source.isArray()) {
            return string(source);
        }
        StringBuilder text = new StringBuilder();
        source.getAsArray().forEach(line -> text.append(string(line)));
        return text.toString();
    }

    private static Optional<String> title(JsonObject notebook) {
        JsonValue metadata = notebook.get("metadata");
        String title = metadata != null && metadata.isObject() ? string(metadata.getAsObject().get("title")) : "";
        return title.isBlank() ? Optional.empty() : Optional.of(title.strip());
    }

    private static String string(JsonValue value) {
        return value != null && value.isString() ? value.getAsString().value() : "";
    }
}
