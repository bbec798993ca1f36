package org.litkg.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.litkg.pipeline.Pipeline;
import org.litkg.rdf.EntityResolver;
import org.litkg.rdf.EntityTable;

/**
 * What each executor JVM builds once and shares between its tasks: the pipeline (the OpenNLP models
 * and lexicon take seconds to load) and the entity resolver of the job's corpus (made from the
 * broadcast entity table; resolution is deterministic, so every executor makes the same one).
 */
final class ExecutorCache {

    private static final Map<List<String>, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<Long, EntityResolver> RESOLVERS = new ConcurrentHashMap<>();

    private ExecutorCache() {
    }

    static Pipeline pipeline(List<String> lexiconFiles) {
        return PIPELINES.computeIfAbsent(lexiconFiles, files -> new Pipeline(files.stream().map(Path::of).toList()));
    }

    /** The resolver of the table broadcast as {@code broadcastId}; a finished job's resolvers are dropped by {@link #forget}. */
    static EntityResolver resolver(long broadcastId, List<String> lexiconFiles, EntityTable table) {
        return RESOLVERS.computeIfAbsent(broadcastId, id -> table.resolve(pipeline(lexiconFiles).lexicon()));
    }

    static void forget(long broadcastId) {
        RESOLVERS.remove(broadcastId);
    }
}
