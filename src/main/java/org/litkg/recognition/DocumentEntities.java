package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entities of one document: mentions grouped by identity. Two mentions are one entity when
 * they are of one kind and share a lexicon entry or a normalised name, when the text declares
 * them aliases, or when a tumour is named by the same words as a cancer ("fibrolamellar tumors",
 * "fibrolamellar carcinoma").
 */
public final class DocumentEntities {

    /** An entity as read in one document. */
    public record Entity(int id, EntityType type, String lexiconId, Map<String, Integer> names, List<Mention> mentions) {

        public String preferredName() {
            return names.entrySet().stream().sorted(NamePreference.order(type.kind())).findFirst().orElseThrow().getKey();
        }
    }

    private final List<Entity> entities;
    private final Map<Mention, Entity> byMention;

    private DocumentEntities(List<Entity> entities, Map<Mention, Entity> byMention) {
        this.entities = entities;
        this.byMention = byMention;
    }

    /** The entities as read before (each mention names the entity it is listed under): for reading a spill back. */
    public static DocumentEntities of(List<Entity> entities) {
        Map<Mention, Entity> byMention = new IdentityHashMap<>();
        entities.forEach(e -> e.mentions().forEach(m -> byMention.put(m, e)));
        return new DocumentEntities(List.copyOf(entities), byMention);
    }

    public List<Entity> all() {
        return entities;
    }

    /** The entity a (non-anaphoric) mention names. */
    public Entity of(Mention m) {
        Entity e = byMention.get(m);
        if (e == null) {
            throw new IllegalArgumentException("no entity for mention '" + m.text() + "'");
        }
        return e;
    }

    public static DocumentEntities group(List<List<Mention>> mentions, List<AliasDetector.Alias> aliases) {
        List<Mention> all = new ArrayList<>();
        mentions.forEach(ms -> ms.stream().filter(m -> !m.anaphoric()).forEach(all::add));
        UnionFind<Mention> uf = new UnionFind<>();
        Map<String, Mention> firstByKey = new HashMap<>();
        Map<String, Mention> cancerByModifiers = new HashMap<>();
        for (Mention m : all) {
            uf.add(m);
            for (String key : keys(m)) {
                Mention first = firstByKey.putIfAbsent(key, m);
                if (first != null) {
                    uf.union(first, m);
                }
            }
            if (m.type() == EntityType.CANCER && m.name().contains(" ")) {
                String modifiers = m.name().substring(0, m.name().lastIndexOf(' ')).toLowerCase(Locale.ROOT);
                Mention first = cancerByModifiers.putIfAbsent(modifiers, m);
                if (first != null) {
                    uf.union(first, m);
                }
            }
        }
        CitedAuthorNames.unite(all, uf); // "Valcárcel-Moyo I" in a citation, "Ines Valcárcel-Moyo" in the text
        for (AliasDetector.Alias alias : aliases) {
            if (alias.a().type().kind() == alias.b().type().kind()) {
                uf.union(alias.a(), alias.b());
            }
        }
        Map<Mention, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : all) {
            groups.computeIfAbsent(uf.find(m), k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        Map<Mention, Entity> byMention = new IdentityHashMap<>();
        for (List<Mention> group : groups.values()) {
            EntityType type = group.get(0).type();
            String lexiconId = null;
            Map<String, Integer> names = new TreeMap<>();
            for (Mention m : group) {
                type = type.kind() == m.type().kind() ? type.moreSpecific(m.type()) : type;
                if (lexiconId == null && m.lexiconId() != null) {
                    lexiconId = m.lexiconId();
                }
                names.merge(m.name(), 1, Integer::sum);
            }
            Entity e = new Entity(entities.size(), type, lexiconId, names, List.copyOf(group));
            entities.add(e);
            group.forEach(m -> byMention.put(m, e));
        }
        return new DocumentEntities(entities, byMention);
    }

    /** The identity keys of a mention: its lexicon entry and its normalised name, within its kind. */
    public static List<String> keys(Mention m) {
        return identityKeys(m.type().kind(), m.lexiconId(), List.of(m.name()));
    }

    /**
     * Things of one kind that share a key are one entity: a key per lexicon entry and per normalised
     * name. Used within a document and again across documents.
     */
    public static List<String> identityKeys(EntityType.Kind kind, String lexiconId, Iterable<String> names) {
        List<String> keys = new ArrayList<>();
        if (lexiconId != null) {
            keys.add(kind.name() + "|lex:" + lexiconId);
        }
        names.forEach(n -> keys.add(kind.name() + "|name:" + Lexicon.key(n)));
        if (kind == EntityType.Kind.DRUG) {
            // "nemvaleukin alfa", later "nemvaleukin": the INN's form word is often dropped after the first use
            names.forEach(n -> BiologicalNames.withoutFormWord(n)
                    .ifPresent(inn -> keys.add(kind.name() + "|name:" + Lexicon.key(inn))));
        }
        return keys;
    }
}
