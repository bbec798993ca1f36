package org.litkg.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.litkg.document.Document;
import org.litkg.document.Slugs;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.ingest.IngestQueue;
import org.litkg.ingest.InputLimits;
import org.litkg.ingest.PostedDocuments;
import org.litkg.ingest.RejectedInput;
import org.litkg.ingest.StoreWriter;
import org.litkg.pipeline.Pipeline;

/**
 * {@code POST /kg/documents} adds documents to the live store; {@code DELETE /kg/documents/{id}}
 * removes one. Both need the write token ({@link WriteAccess}). A POST is read whole and checked
 * ({@link PostedDocuments}), read by the pipeline outside any transaction, then committed by the
 * one writer ({@link IngestQueue}); only then does it answer, with each document's IRI and what
 * changed. Anything wrong gets a JSON error saying what and where, and the store is untouched.
 */
public final class DocumentsServlet extends HttpServlet {

    public static final String PATH = "/kg/documents";
    private static final long COMMIT_WAIT_SECONDS = 300;

    private final WriteAccess access;
    private final InputLimits limits;
    private final Supplier<Pipeline> pipeline;
    private final IngestQueue queue;

    public DocumentsServlet(WriteAccess access, InputLimits limits, Supplier<Pipeline> pipeline, IngestQueue queue) {
        this.access = access;
        this.limits = limits;
        this.pipeline = pipeline;
        this.queue = queue;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            allowed(req);
            if (req.getPathInfo() != null && !req.getPathInfo().equals("/")) {
                throw new RejectedInput(405, "POST to " + PATH + " itself; a document's own path takes only DELETE");
            }
            byte[] body = RequestBodies.read(req, limits.maxBodyBytes());
            List<Document> documents = new PostedDocuments(limits).read(body, req.getContentType(), parameters(req));
            List<DocumentExtraction> extractions = new ArrayList<>();
            Pipeline reader = pipeline.get();
            for (Document d : documents) {
                try {
                    extractions.add(reader.extract(d).withoutAnalysis());
                } catch (RuntimeException e) {
                    throw new RejectedInput(422, "document '" + d.id() + "' could not be read by the pipeline (" + e
                            + "); nothing was added");
                }
            }
            List<StoreWriter.Outcome> outcomes = await(queue.add(extractions));
            boolean created = outcomes.stream().anyMatch(o -> o.status() == StoreWriter.Status.ADDED
                    || o.status() == StoreWriter.Status.REPLACED);
            JsonArrayBuilder docs = Json.createArrayBuilder();
            outcomes.forEach(o -> docs.add(json(o)));
            Responses.json(resp, created ? 201 : 200, Json.createObjectBuilder().add("documents", docs).build());
        } catch (RejectedInput e) {
            RequestBodies.swallowRestOrClose(req, resp);
            error(resp, e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            allowed(req);
            String path = req.getPathInfo();
            if (path == null || path.length() <= 1) {
                throw new RejectedInput(405, "DELETE " + PATH + "/{id}: name the document to remove");
            }
            String id = Slugs.of(path.substring(1));
            StoreWriter.Outcome outcome = await(queue.remove(id));
            if (outcome.status() == StoreWriter.Status.NOT_FOUND) {
                throw new RejectedInput(404, "no document '" + id + "' in the store");
            }
            Responses.json(resp, 200, Json.createObjectBuilder().add("documents", Json.createArrayBuilder().add(json(outcome))).build());
        } catch (RejectedInput e) {
            error(resp, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "POST, DELETE");
        error(resp, new RejectedInput(405, "POST documents to " + PATH + ", DELETE " + PATH + "/{id}; read them with SPARQL"));
    }

    private void allowed(HttpServletRequest req) throws RejectedInput {
        var refusal = access.refusal(req);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /**
     * The query's id, title, source and date, decoded as UTF-8 from the query string itself: asking the container
     * would make it decode the body's charset too, and fail on one it does not know before the body is read.
     */
    private static Map<String, String> parameters(HttpServletRequest req) throws RejectedInput {
        Map<String, String> params = new HashMap<>();
        String query = req.getQueryString();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                if (List.of("id", "title", "source", "date").contains(name) && !params.containsKey(name)) {
                    params.put(name, kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException e) {
                throw new RejectedInput(400, "query parameter '" + kv[0] + "' is not URL-encoded: " + e.getMessage());
            }
        }
        return params;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> done) throws RejectedInput {
        try {
            return done.get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedInput(503, "interrupted before the commit; the documents may or may not be stored");
        } catch (TimeoutException e) {
            throw new RejectedInput(503, "the commit took over " + COMMIT_WAIT_SECONDS + " s; send again later "
                    + "(sending unchanged documents again adds nothing)");
        } catch (ExecutionException e) {
            throw new RejectedInput(500, "the store refused the change (" + e.getCause() + "); nothing was changed");
        } catch (IllegalStateException e) {
            throw new RejectedInput(503, e.getMessage());
        }
    }

    private static JsonObjectBuilder json(StoreWriter.Outcome o) {
        return Json.createObjectBuilder().add("id", o.id()).add("iri", o.iri())
                .add("status", o.status().name().toLowerCase(java.util.Locale.ROOT))
                .add("quads", o.quads()).add("statements", o.statements()).add("entities", o.entities());
    }

    private static void error(HttpServletResponse resp, RejectedInput e) throws IOException {
        if (e.status() == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"litkg\"");
        }
        Responses.json(resp, e.status(), Json.createObjectBuilder().add("error", e.getMessage()).add("status", e.status()).build());
    }
}
