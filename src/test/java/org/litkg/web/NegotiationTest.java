package org.litkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static final List<Representation> ALL = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.NTRIPLES, Representation.RDFXML, Representation.HTML);

    private static Optional<Representation> choose(String accept) {
        return Negotiation.choose(accept, ALL);
    }

    @Test
    void test_browser_gets_html_and_curl_gets_turtle() {
        assertEquals(Optional.of(Representation.HTML),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
        assertEquals(Optional.of(Representation.TURTLE), choose("*/*"));
        assertEquals(Optional.of(Representation.TURTLE), choose(null));
        assertEquals(Optional.of(Representation.TURTLE), choose(""));
    }

    @Test
    void test_quality_values_and_specificity_decide() {
        assertEquals(Optional.of(Representation.JSONLD), choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(Representation.NTRIPLES), choose("application/n-triples, */*;q=0.1"));
        // text/* covers Turtle and HTML equally: the first offered wins.
        assertEquals(Optional.of(Representation.TURTLE), choose("text/*"));
        // An exact range overrides a wildcard that would have allowed it.
        assertEquals(Optional.of(Representation.JSONLD), choose("text/turtle;q=0, */*;q=0.5, application/ld+json;q=0.6"));
        // rdflib's Graph.parse() header
        assertEquals(Optional.of(Representation.TURTLE), choose(
                "application/rdf+xml;q=0.9, text/n3;q=0.9, text/turtle, application/n-triples;q=0.9"));
        assertEquals(Optional.of(Representation.RDFXML), choose("application/rdf+xml"));
        assertEquals(Optional.of(Representation.JSONLD), choose("application/json"));
        assertEquals(Optional.of(Representation.TURTLE), choose("TEXT/TURTLE; charset=utf-8"));
    }

    @Test
    void test_nothing_acceptable_or_refused_gives_nothing() {
        assertTrue(choose("image/png").isEmpty());
        assertTrue(choose("text/turtle;q=0").isEmpty());
        assertTrue(choose("text/turtle;q=abc").isEmpty());
    }

    @Test
    void test_format_names_for_clients_without_headers() {
        assertEquals(Optional.of(Representation.TURTLE), Representation.byFormatName("ttl"));
        assertEquals(Optional.of(Representation.TURTLE), Representation.byFormatName("turtle"));
        assertEquals(Optional.of(Representation.JSONLD), Representation.byFormatName("json-ld"));
        assertEquals(Optional.of(Representation.NTRIPLES), Representation.byFormatName("N-Triples"));
        assertEquals(Optional.of(Representation.RDFXML), Representation.byFormatName("rdfxml"));
        assertEquals(Optional.of(Representation.HTML), Representation.byFormatName("html"));
        assertTrue(Representation.byFormatName("csv").isEmpty());
    }
}
