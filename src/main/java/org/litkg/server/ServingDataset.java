package org.litkg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A copy of the durable TDB2 store in memory, for serving read-only queries faster: every named
 * graph in Jena's bitmap-indexed in-memory graph ({@link GraphMem2Roaring}), and the union of all of
 * them materialised once as the default graph, so a query on the default graph reads one indexed
 * graph instead of merging quad indexes on the fly. The TDB2 store stays the durable copy.
 */
public final class ServingDataset {

    /** Measured on the PubMed store: about 480 bytes a quad for both copies; with room to spare. */
    static final long BYTES_PER_QUAD = 700;

    private ServingDataset() {
    }

    /** Whether a copy of {@code store} would leave at least half of the free heap free. */
    public static boolean fitsInHeap(DatasetGraph store) {
        long quads = Txn.calculateRead(store, () -> store.stream().count());
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        return quads * BYTES_PER_QUAD < free / 2;
    }

    public static DatasetGraph inMemory(DatasetGraph store) {
        Graph union = new GraphMem2Roaring();
        DatasetGraphMapLink memory = new DatasetGraphMapLink(union);
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> {
            Node g = q.getGraph();
            if (!Quad.isDefaultGraph(g)) {
                Graph named = memory.containsGraph(g) ? memory.getGraph(g) : newNamedGraph(memory, g);
                named.add(q.asTriple());
            }
            union.add(q.asTriple());
        }));
        memory.prefixes().putAll(org.litkg.rdf.Vocab.prefixes());
        return new DatasetGraphWrapper(memory) {
            /** The default graph already is the union: the pages read it directly. */
            @Override
            public Graph getUnionGraph() {
                return memory.getDefaultGraph();
            }
        };
    }

    private static Graph newNamedGraph(DatasetGraphMapLink memory, Node name) {
        Graph g = new GraphMem2Roaring();
        memory.addGraph(name, g);
        return memory.getGraph(name);
    }
}
