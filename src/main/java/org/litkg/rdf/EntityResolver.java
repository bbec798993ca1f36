package org.litkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.litkg.document.Slugs;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Lexicon;
import org.litkg.recognition.LexiconEntry;
import org.litkg.recognition.NamePreference;
import org.litkg.recognition.UnionFind;

/**
 * Merges the entities of all documents into one IRI per real-world thing: entities of one kind that
 * share a lexicon entry or any name are one. The label is the lexicon's preferred name or the best
 * name by {@link NamePreference}; the IRI is minted from kind and label, so it is the same on every
 * build of the same documents. Resolving against a live store's {@link KnownEntities}, a group that
 * shares a key with a stored entity takes that entity's IRI and label (two stored entities are never
 * merged; the first match wins), and new IRIs never collide with stored ones.
 */
public final class EntityResolver {

    private final Map<DocumentEntities.Entity, ResolvedEntity> byDocEntity = new IdentityHashMap<>();
    private final Map<Node, ResolvedEntity> byIri = new LinkedHashMap<>();

    public EntityResolver(List<DocumentExtraction> extractions, Lexicon lexicon) {
        this(extractions, lexicon, KnownEntities.none());
    }

    public EntityResolver(List<DocumentExtraction> extractions, Lexicon lexicon, KnownEntities known) {
        UnionFind<DocumentEntities.Entity> uf = new UnionFind<>();
        Map<String, DocumentEntities.Entity> firstByKey = new HashMap<>();
        List<DocumentEntities.Entity> all = new ArrayList<>();
        for (DocumentExtraction x : extractions) {
            for (DocumentEntities.Entity e : x.recognized().entities().all()) {
                all.add(e);
                uf.add(e);
                for (String key : DocumentEntities.identityKeys(e.type().kind(), e.lexiconId(), e.names().keySet())) {
                    DocumentEntities.Entity first = firstByKey.putIfAbsent(key, e);
                    if (first != null) {
                        uf.union(first, e);
                    }
                }
            }
        }
        Map<DocumentEntities.Entity, List<DocumentEntities.Entity>> groups = new LinkedHashMap<>();
        for (DocumentEntities.Entity e : all) {
            groups.computeIfAbsent(uf.find(e), k -> new ArrayList<>()).add(e);
        }
        Set<Node> used = new HashSet<>();
        for (List<DocumentEntities.Entity> group : groups.values()) {
            ResolvedEntity resolved = stored(group, known).map(k -> asStored(k, group, lexicon))
                    .orElseGet(() -> resolve(group, lexicon, iri -> !used.add(iri) || known.byIri(iri).isPresent()));
            byIri.put(resolved.iri(), resolved);
            group.forEach(e -> byDocEntity.put(e, resolved));
        }
    }

    private static Optional<KnownEntities.Known> stored(List<DocumentEntities.Entity> group, KnownEntities known) {
        for (DocumentEntities.Entity e : group) {
            for (String key : DocumentEntities.identityKeys(e.type().kind(), null, e.names().keySet())) {
                Optional<KnownEntities.Known> k = known.byKey(key);
                if (k.isPresent()) {
                    return k;
                }
            }
        }
        return Optional.empty();
    }

    /** A group read anew that is an entity the store holds: its IRI and label, any new names as aliases. */
    private static ResolvedEntity asStored(KnownEntities.Known k, List<DocumentEntities.Entity> group, Lexicon lexicon) {
        EntityType type = k.type();
        Set<String> alt = new TreeSet<>();
        List<String> xrefs = List.of();
        for (DocumentEntities.Entity e : group) {
            type = e.type().kind() == type.kind() ? type.moreSpecific(e.type()) : type;
            alt.addAll(e.names().keySet());
            LexiconEntry entry = e.lexiconId() == null ? null : lexicon.get(e.lexiconId());
            if (entry != null && xrefs.isEmpty()) {
                xrefs = entry.xrefs();
            }
        }
        alt.remove(k.label());
        return new ResolvedEntity(k.iri(), type, k.label(), List.copyOf(alt), xrefs);
    }

    private static ResolvedEntity resolve(List<DocumentEntities.Entity> group, Lexicon lexicon,
                                          Predicate<Node> taken) {
        EntityType type = group.get(0).type();
        String lexiconId = null;
        Map<String, Integer> names = new TreeMap<>();
        for (DocumentEntities.Entity e : group) {
            type = type.moreSpecific(e.type());
            if (lexiconId == null && e.lexiconId() != null) {
                lexiconId = e.lexiconId();
            }
            e.names().forEach((n, c) -> names.merge(n, c, Integer::sum));
        }
        LexiconEntry entry = lexiconId == null ? null : lexicon.get(lexiconId);
        EntityType.Kind kind = type.kind();
        String label = entry != null ? entry.label()
                : names.entrySet().stream().sorted(NamePreference.order(kind)).findFirst().orElseThrow().getKey();
        if (entry != null && entry.type().kind() == kind) {
            type = type.moreSpecific(entry.type());
        }
        Set<String> alt = new TreeSet<>(names.keySet());
        if (entry != null) {
            alt.addAll(entry.synonyms());
        }
        alt.remove(label);
        Node iri = Iris.entity(kind, Slugs.of(label));
        if (taken.test(iri)) {
            iri = Iris.entity(kind, Slugs.of(label) + "-" + Slugs.of(lexiconId != null ? lexiconId : String.join("-", names.keySet())));
            taken.test(iri);
        }
        return new ResolvedEntity(iri, type, label, List.copyOf(alt), entry == null ? List.of() : entry.xrefs());
    }

    public ResolvedEntity of(DocumentEntities.Entity e) {
        ResolvedEntity r = byDocEntity.get(e);
        if (r == null) {
            throw new IllegalArgumentException("entity was not among those resolved: " + e.preferredName());
        }
        return r;
    }

    public List<ResolvedEntity> all() {
        return List.copyOf(byIri.values());
    }
}
