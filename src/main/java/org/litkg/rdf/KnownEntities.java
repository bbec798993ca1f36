package org.litkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * The entities a store already holds, by the identity keys new readings are matched on (kind and
 * normalised name, see {@link DocumentEntities#identityKeys}), so a document added to a live store
 * names CXCR4 with the IRI CXCR4 already has. A batch build starts from {@link #none()}.
 *
 * <p>Not thread-safe: the one writer owns it, and changes it only after its transaction commits.
 */
public final class KnownEntities {

    /** An entity as the store holds it. */
    public record Known(Node iri, EntityType type, String label) {
    }

    private final Map<String, Known> byKey = new HashMap<>();
    private final Map<Node, Known> byIri = new HashMap<>();
    private final Map<Node, List<String>> keysByIri = new HashMap<>();

    private KnownEntities() {
    }

    public static KnownEntities none() {
        return new KnownEntities();
    }

    /** Reads the entities graph of {@code dsg}; call inside a read (or write) transaction. */
    public static KnownEntities of(DatasetGraph dsg) {
        KnownEntities known = new KnownEntities();
        Map<Node, EntityType> types = new HashMap<>();
        dsg.find(Iris.ENTITIES_GRAPH, Node.ANY, Vocab.type, Node.ANY).forEachRemaining(q -> {
            EntityType type = typeOf(q.getObject());
            if (type != null) {
                types.merge(q.getSubject(), type, (a, b) -> a.kind() == b.kind() ? a.moreSpecific(b) : a);
            }
        });
        dsg.find(Iris.ENTITIES_GRAPH, Node.ANY, Vocab.label, Node.ANY).forEachRemaining(q -> {
            EntityType type = types.get(q.getSubject());
            if (type != null && q.getObject().isLiteral()) {
                List<String> names = new ArrayList<>(List.of(q.getObject().getLiteralLexicalForm()));
                dsg.find(Iris.ENTITIES_GRAPH, q.getSubject(), Vocab.altLabel, Node.ANY)
                        .forEachRemaining(alt -> names.add(alt.getObject().getLiteralLexicalForm()));
                known.add(new Known(q.getSubject(), type, names.get(0)), names);
            }
        });
        return known;
    }

    private static EntityType typeOf(Node cls) {
        if (!cls.isURI() || !cls.getURI().startsWith(LKG.NS)) {
            return null;
        }
        try {
            return EntityType.parse(cls.getURI().substring(LKG.NS.length()));
        } catch (IllegalArgumentException notAnEntityClass) {
            return null;
        }
    }

    /** Records an entity under all its names; names already taken by another entity stay with it. */
    public void add(Known entity, Iterable<String> names) {
        byIri.put(entity.iri(), entity);
        List<String> keys = DocumentEntities.identityKeys(entity.type().kind(), null, names);
        keysByIri.computeIfAbsent(entity.iri(), k -> new ArrayList<>()).addAll(keys);
        for (String key : keys) {
            byKey.putIfAbsent(key, entity);
        }
    }

    public void remove(Node iri) {
        byIri.remove(iri);
        for (String key : keysByIri.getOrDefault(iri, List.of())) {
            byKey.computeIfPresent(key, (k, v) -> v.iri().equals(iri) ? null : v);
        }
        keysByIri.remove(iri);
    }

    public Optional<Known> byKey(String identityKey) {
        return Optional.ofNullable(byKey.get(identityKey));
    }

    public Optional<Known> byIri(Node iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public int size() {
        return byIri.size();
    }
}
