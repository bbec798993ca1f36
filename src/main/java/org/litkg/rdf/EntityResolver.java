package org.litkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * build of the same documents.
 */
public final class EntityResolver {

    private final Map<DocumentEntities.Entity, ResolvedEntity> byDocEntity = new IdentityHashMap<>();
    private final Map<Node, ResolvedEntity> byIri = new LinkedHashMap<>();

    public EntityResolver(List<DocumentExtraction> extractions, Lexicon lexicon) {
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
            ResolvedEntity resolved = resolve(group, lexicon, used);
            byIri.put(resolved.iri(), resolved);
            group.forEach(e -> byDocEntity.put(e, resolved));
        }
    }

    private static ResolvedEntity resolve(List<DocumentEntities.Entity> group, Lexicon lexicon, Set<Node> used) {
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
        if (!used.add(iri)) {
            iri = Iris.entity(kind, Slugs.of(label) + "-" + Slugs.of(lexiconId != null ? lexiconId : String.join("-", names.keySet())));
            used.add(iri);
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
