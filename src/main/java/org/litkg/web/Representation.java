package org.litkg.web;

import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms a resource is served in, each with its media type, the name {@code ?format=} takes
 * for clients that cannot set an Accept header, and the media types that mean the same thing.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, "application/x-turtle", "application/turtle"),
    JSONLD("application/ld+json", "jsonld", null, "application/json"),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES, "text/plain"),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN, "application/xml", "text/xml"),
    HTML("text/html", "html", null, "application/xhtml+xml");

    private final String mediaType;
    private final String formatName;
    private final RDFFormat rdfFormat;
    private final String[] synonyms;

    Representation(String mediaType, String formatName, RDFFormat rdfFormat, String... synonyms) {
        this.mediaType = mediaType;
        this.formatName = formatName;
        this.rdfFormat = rdfFormat;
        this.synonyms = synonyms;
    }

    public String mediaType() {
        return mediaType;
    }

    public String formatName() {
        return formatName;
    }

    /** The Jena writer format; JSON-LD is written by litkg's own compacting writer, HTML by a page. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean isRdf() {
        return this != HTML;
    }

    public Lang lang() {
        return switch (this) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case NTRIPLES -> Lang.NTRIPLES;
            case RDFXML -> Lang.RDFXML;
            case HTML -> null;
        };
    }

    /** Whether {@code type} (lower case, no parameters) names this representation. */
    boolean answersTo(String type) {
        if (mediaType.equals(type)) {
            return true;
        }
        for (String s : synonyms) {
            if (s.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** The representation a {@code ?format=} value names: ttl, turtle, jsonld, json-ld, nt, ntriples, rdf, xml, html. */
    public static Optional<Representation> byFormatName(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        for (Representation r : values()) {
            if (r.formatName.equals(n) || r.name().toLowerCase(java.util.Locale.ROOT).equals(n) || r.mediaType.equals(n)) {
                return Optional.of(r);
            }
        }
        return switch (n) {
            case "json-ld", "json" -> Optional.of(JSONLD);
            case "n-triples" -> Optional.of(NTRIPLES);
            case "rdfxml", "rdf+xml", "xml" -> Optional.of(RDFXML);
            default -> Optional.empty();
        };
    }
}
