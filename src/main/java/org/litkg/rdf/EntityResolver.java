package org.litkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * build of the same documents. Resolution reads only the corpus's {@link EntityTable}, in its fixed
 * order, so the answer does not depend on the order documents were read in or on how the corpus was
 * split (threads, Spark partitions). Resolving against a live store's {@link KnownEntities}, a group
 * that shares a key with a stored entity takes that entity's IRI and label (two stored entities are
 * never merged; the first match wins), and new IRIs never collide with stored ones.
 */
public final class EntityResolver {

    private final Map<EntityTable.Signature, ResolvedEntity> bySignature = new HashMap<>();
    private final Map<Node, ResolvedEntity> byIri = new LinkedHashMap<>();

    /** Resolves the entities of {@code extractions} alone (a batch build). */
    public EntityResolver(List<DocumentExtraction> extractions, Lexicon lexicon, KnownEntities known) {
        this(tableOf(extractions), lexicon, known);
    }

    EntityResolver(EntityTable table, Lexicon lexicon, KnownEntities known) {
        List<Map.Entry<EntityTable.Signature, EntityTable.Tally>> entries = table.entries();
        UnionFind<EntityTable.Signature> uf = new UnionFind<>();
        Map<String, EntityTable.Signature> firstByKey = new HashMap<>();
        for (Map.Entry<EntityTable.Signature, EntityTable.Tally> entry : entries) {
            EntityTable.Signature s = entry.getKey();
            uf.add(s);
            for (String key : DocumentEntities.identityKeys(s.kind(), s.lexiconId(), s.names())) {
                EntityTable.Signature first = firstByKey.putIfAbsent(key, s);
                if (first != null) {
                    uf.union(first, s);
                }
            }
        }
        Map<EntityTable.Signature, List<Map.Entry<EntityTable.Signature, EntityTable.Tally>>> groups = new LinkedHashMap<>();
        for (Map.Entry<EntityTable.Signature, EntityTable.Tally> entry : entries) {
            groups.computeIfAbsent(uf.find(entry.getKey()), k -> new ArrayList<>()).add(entry);
        }
        Set<Node> used = new HashSet<>();
        for (List<Map.Entry<EntityTable.Signature, EntityTable.Tally>> group : groups.values()) {
            ResolvedEntity resolved = stored(group, known).map(k -> asStored(k, group, lexicon))
                    .orElseGet(() -> resolve(group, lexicon, iri -> !used.add(iri) || known.byIri(iri).isPresent()));
            byIri.put(resolved.iri(), resolved);
            group.forEach(e -> bySignature.put(e.getKey(), resolved));
        }
    }

    private static EntityTable tableOf(List<DocumentExtraction> extractions) {
        EntityTable table = new EntityTable();
        extractions.forEach(table::add);
        return table;
    }

    private static Optional<KnownEntities.Known> stored(List<Map.Entry<EntityTable.Signature, EntityTable.Tally>> group,
                                                        KnownEntities known) {
        for (Map.Entry<EntityTable.Signature, EntityTable.Tally> e : group) {
            for (String key : DocumentEntities.identityKeys(e.getKey().kind(), null, e.getKey().names())) {
                Optional<KnownEntities.Known> k = known.byKey(key);
                if (k.isPresent()) {
                    return k;
                }
            }
        }
        return Optional.empty();
    }

    /** A group read anew that is an entity the store holds: its IRI and label, any new names as aliases. */
    private static ResolvedEntity asStored(KnownEntities.Known k, List<Map.Entry<EntityTable.Signature, EntityTable.Tally>> group,
                                           Lexicon lexicon) {
        EntityType type = k.type();
        Set<String> alt = new TreeSet<>();
        List<String> xrefs = List.of();
        for (Map.Entry<EntityTable.Signature, EntityTable.Tally> e : group) {
            EntityType read = e.getValue().type();
            type = read.kind() == type.kind() ? type.moreSpecific(read) : type;
            alt.addAll(e.getKey().names());
            String lexiconId = e.getKey().lexiconId();
            LexiconEntry entry = lexiconId == null ? null : lexicon.get(lexiconId);
            if (entry != null && xrefs.isEmpty()) {
                xrefs = entry.xrefs();
            }
        }
        alt.remove(k.label());
        return new ResolvedEntity(k.iri(), type, k.label(), List.copyOf(alt), xrefs);
    }

    private static ResolvedEntity resolve(List<Map.Entry<EntityTable.Signature, EntityTable.Tally>> group, Lexicon lexicon,
                                          Predicate<Node> taken) {
        EntityType type = group.get(0).getValue().type();
        String lexiconId = null;
        Map<String, Integer> names = new TreeMap<>();
        for (Map.Entry<EntityTable.Signature, EntityTable.Tally> e : group) {
            type = type.moreSpecific(e.getValue().type());
            if (lexiconId == null && e.getKey().lexiconId() != null) {
                lexiconId = e.getKey().lexiconId();
            }
            e.getValue().nameCounts().forEach((n, c) -> names.merge(n, c, Integer::sum));
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
        ResolvedEntity r = bySignature.get(EntityTable.Signature.of(e));
        if (r == null) {
            throw new IllegalArgumentException("entity was not among those resolved: " + e.preferredName());
        }
        return r;
    }

    public List<ResolvedEntity> all() {
        return List.copyOf(byIri.values());
    }
}
