package org.litkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.litkg.rdf.Vocab;

/**
 * A Lucene full-text index (Jena's text index) over every label, alias and document title.
 *
 * <p>Built in memory when the server starts, from one read transaction, on a background thread:
 * the endpoint answers at once, and a search or {@code text:query} that arrives before the index
 * is complete (about two seconds for fifty thousand names) waits for it rather than see part of
 * it. Being rebuilt at each start, it can never disagree with a store rebuilt while the server was
 * down. The same index answers {@code text:query} in SPARQL ({@link #answerTextQueries}).
 */
public final class LabelSearch {

    /** One match: the node, the name that matched, and Lucene's score. */
    public record Hit(Node node, String matchedName, float score) {
    }

    private static final String FIELD = "name";
    private final TextIndex index;

    private LabelSearch(TextIndex index) {
        this.index = index;
    }

    /** Starts building the index on a background thread; searches wait until it is complete. */
    public static LabelSearch buildInBackground(DatasetGraph dsg) {
        java.util.concurrent.CompletableFuture<TextIndex> built = new java.util.concurrent.CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                built.complete(build(dsg).index);
            } catch (Throwable e) {
                built.completeExceptionally(e);
            }
        }, "label-index");
        builder.setDaemon(true);
        builder.start();
        return new LabelSearch(new IndexWhenBuilt(built, definition()));
    }

    /** One Lucene field, "name", for labels, aliases and titles. */
    private static EntityDefinition definition() {
        EntityDefinition definition = new EntityDefinition("uri", FIELD, Vocab.label);
        definition.setUidField("uid");
        definition.set(FIELD, Vocab.altLabel);
        definition.set(FIELD, Vocab.title);
        return definition;
    }

    /** Builds the index now, on this thread. */
    public static LabelSearch build(DatasetGraph dsg) {
        EntityDefinition definition = definition();
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new StandardAnalyzer());
        config.setValueStored(true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        Txn.executeRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            for (Node property : List.of(Vocab.label, Vocab.altLabel, Vocab.title)) {
                union.find(Node.ANY, property, Node.ANY).forEach(t -> {
                    if (t.getObject().isLiteral()) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(definition,
                                Quad.create(Quad.defaultGraphIRI, t.getSubject(), property, t.getObject())));
                    }
                });
            }
        });
        index.prepareCommit();
        index.commit();
        return new LabelSearch(index);
    }

    /**
     * Brings the index up to date with a commit to a live store: the names it added, the names of
     * what it removed. Called on the store's one writer thread, after the commit.
     */
    public synchronized void apply(List<Quad> addedNames, List<Quad> removedNames) {
        EntityDefinition definition = index.getDocDef();
        for (Quad q : removedNames) {
            index.deleteEntity(TextQueryFuncs.entityFromQuad(definition, Quad.create(Quad.defaultGraphIRI, q.asTriple())));
        }
        for (Quad q : addedNames) {
            index.updateEntity(TextQueryFuncs.entityFromQuad(definition, Quad.create(Quad.defaultGraphIRI, q.asTriple())));
        }
        index.prepareCommit();
        index.commit();
    }

    /**
     * Lets {@code text:query} in queries run with {@code context} answer from this index. Given
     * through the context rather than by wrapping the store in Jena's text dataset, which would
     * enlist the index in every TDB2 transaction (and wait for exclusive access to do so).
     */
    public void answerTextQueries(Context context) {
        context.set(TextQuery.textIndex, index);
    }

    /**
     * The best matches for what a person typed, best first, one per node. Every word must match,
     * as a whole word or as the start of one ("plerix" finds plerixafor); whole-word matches rank
     * first and shorter names before longer ones. Case does not matter.
     */
    public List<Hit> search(String typed, int limit) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder();
        for (String w : words) {
            query.append(query.isEmpty() ? "" : " AND ").append('(').append(w).append("^4 OR ").append(w).append("*)");
        }
        Map<Node, Hit> best = new LinkedHashMap<>();
        for (TextHit h : index.query((Node) null, query.toString(), null, null, limit * 4)) {
            String name = h.getLiteral() == null ? "" : h.getLiteral().getLiteralLexicalForm();
            Hit hit = new Hit(h.getNode(), name, h.getScore());
            best.merge(h.getNode(), hit, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort((a, b) -> Float.compare(b.score(), a.score()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** Lower-cased letters and digits only, so nothing typed can reach Lucene's query syntax. */
    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        for (String w : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && words.size() < 8) {
                words.add(w);
            }
        }
        return words;
    }
}
