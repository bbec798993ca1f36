package org.litkg.pipeline;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes quads on to another stream and counts them, for the build's summary line. */
final class QuadCount extends StreamRDFWrapper {

    private long quads;

    QuadCount(StreamRDF other) {
        super(other);
    }

    @Override
    public void quad(Quad quad) {
        quads++;
        super.quad(quad);
    }

    void prefixes(PrefixMap prefixes) {
        prefixes.forEach(this::prefix);
    }

    long quads() {
        return quads;
    }
}
