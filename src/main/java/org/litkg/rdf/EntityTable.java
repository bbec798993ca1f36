package org.litkg.rdf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Lexicon;

/**
 * What entity resolution needs of a corpus, and no more: each distinct entity reading (its
 * {@link Signature}) with the names it was written as and how often. The corpus itself can then
 * stream past: the table grows with the number of distinct things named, not with the documents.
 * Tables of parts of a corpus merge into the table of the whole in any order, so a corpus read on
 * many threads or machines resolves exactly as one read in order. Thread-safe; serializable, so a
 * Spark job can broadcast it.
 */
public final class EntityTable implements Serializable {

    /**
     * An entity as read in one document, as far as identity goes: its kind, lexicon entry and sorted
     * names. Document entities with one signature resolve to one entity.
     */
    public record Signature(EntityType.Kind kind, String lexiconId, List<String> names)
            implements Serializable, Comparable<Signature> {

        public Signature {
            names = List.copyOf(names);
        }

        public static Signature of(DocumentEntities.Entity e) {
            return new Signature(e.type().kind(), e.lexiconId(), e.names().keySet().stream().sorted().toList());
        }

        @Override
        public int compareTo(Signature o) {
            int c = kind.compareTo(o.kind);
            if (c == 0) {
                c = String.valueOf(lexiconId).compareTo(String.valueOf(o.lexiconId));
            }
            for (int i = 0; c == 0 && i < Math.min(names.size(), o.names.size()); i++) {
                c = names.get(i).compareTo(o.names.get(i));
            }
            return c != 0 ? c : Integer.compare(names.size(), o.names.size());
        }
    }

    /** The readings of one signature: the most specific type read and how often each name was written. */
    public record Tally(EntityType type, Map<String, Integer> nameCounts) implements Serializable {

        public Tally {
            nameCounts = Map.copyOf(nameCounts);
        }

        public static Tally of(DocumentEntities.Entity e) {
            return new Tally(e.type(), e.names());
        }

        public Tally merge(Tally other) {
            Map<String, Integer> counts = new TreeMap<>(nameCounts);
            other.nameCounts.forEach((n, c) -> counts.merge(n, c, Integer::sum));
            return new Tally(type.moreSpecific(other.type), counts);
        }
    }

    private final Map<Signature, Tally> tallies = new ConcurrentHashMap<>();

    /** Counts the entities of one document. */
    public void add(DocumentExtraction x) {
        for (DocumentEntities.Entity e : x.recognized().entities().all()) {
            add(Signature.of(e), Tally.of(e));
        }
    }

    public void add(Signature signature, Tally tally) {
        tallies.merge(signature, tally, Tally::merge);
    }

    /** The distinct readings counted so far, in a fixed order. */
    public List<Map.Entry<Signature, Tally>> entries() {
        List<Map.Entry<Signature, Tally>> sorted = new ArrayList<>(tallies.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        return sorted;
    }

    public int size() {
        return tallies.size();
    }

    /** One IRI per real-world thing, for a batch build. */
    public EntityResolver resolve(Lexicon lexicon) {
        return new EntityResolver(this, lexicon, KnownEntities.none());
    }
}
