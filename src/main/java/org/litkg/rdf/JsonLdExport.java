package org.litkg.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a litkg dataset as compacted JSON-LD 1.1 with litkg's published context
 * ({@code ontology/litkg-context.jsonld}, inlined so that no consumer has to fetch it).
 *
 * <p>JSON-LD 1.1 has no triple terms, so each {@code ?r rdf:reifies <<( s p o )>>} is written in
 * the RDF 1.1 reification vocabulary instead: {@code ?r rdf:subject s; rdf:predicate p; rdf:object o}
 * (keys {@code reifiesSubject}, {@code reifiesPredicate}, {@code reifiesObject}).
 */
public final class JsonLdExport {

    public static final String CONTEXT_RESOURCE = "/ontology/litkg-context.jsonld";

    private static final Node RDF_SUBJECT = NodeFactory.createURI(Vocab.RDF + "subject");
    private static final Node RDF_PREDICATE = NodeFactory.createURI(Vocab.RDF + "predicate");
    private static final Node RDF_OBJECT = NodeFactory.createURI(Vocab.RDF + "object");

    private JsonLdExport() {
    }

    public static void write(DatasetGraph dsg, OutputStream out) {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.write(nquads, withoutTripleTerms(dsg), Lang.NQUADS);
        try (InputStream context = JsonLdExport.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            // Native types: integers and booleans become JSON numbers and booleans.
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(new ByteArrayInputStream(nquads.toByteArray())))
                    .nativeTypes().get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context))
                    .loader(JsonLdExport::refuseToFetch).get();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.writeObject(compacted);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context is given inline; nothing, local or remote, is ever fetched while writing. */
    private static Document refuseToFetch(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "litkg does not fetch JSON-LD documents: " + url);
    }

    /** A copy in which every reifier of a triple term is written with rdf:subject/predicate/object, for formats without triple terms (JSON-LD, RDF/XML). */
    public static DatasetGraph withoutTripleTerms(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.prefixes().putAll(dsg.prefixes());
        dsg.find().forEachRemaining(q -> {
            if (q.getPredicate().equals(Vocab.reifies) && q.getObject().isTripleTerm()) {
                Triple t = q.getObject().getTriple();
                copy.add(new Quad(q.getGraph(), q.getSubject(), RDF_SUBJECT, t.getSubject()));
                copy.add(new Quad(q.getGraph(), q.getSubject(), RDF_PREDICATE, t.getPredicate()));
                copy.add(new Quad(q.getGraph(), q.getSubject(), RDF_OBJECT, t.getObject()));
            } else {
                copy.add(q);
            }
        });
        return copy;
    }
}
