package org.litkg.web;

import org.litkg.rdf.LKG;

/**
 * Where the server is reachable and how litkg's IRIs map onto its paths. Entity and document IRIs
 * ({@code https://w3id.org/litkg/id/drug/plerixafor}) are answered under the same path on this
 * server ({@code /id/drug/plerixafor}); pages link by path, so they work behind any host name,
 * and the public base URL ({@code --public-url}) is used where an absolute URL must be given:
 * the SPARQL endpoint and dumps in the VoID and service descriptions.
 */
public record Site(String publicBase) {

    public static final String ID_PATH = "/id/";

    public Site {
        publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
    }

    /**
     * The site as this request reached it: the configured public base URL, or when none was given,
     * the scheme, host and port the client used (http://localhost:3030 on a laptop).
     */
    public static Site of(String configuredBase, jakarta.servlet.http.HttpServletRequest req) {
        if (configuredBase != null && !configuredBase.isBlank()) {
            return new Site(configuredBase);
        }
        return new Site(req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath());
    }

    /** An absolute URL on this server for {@code path} (which starts with a slash). */
    public String url(String path) {
        return publicBase + path;
    }

    public String sparqlEndpoint() {
        return url("/kg/sparql");
    }

    /** The IRI a request path under {@code /id/} stands for. */
    public static String iriOfPath(String pathUnderId) {
        return LKG.ID + pathUnderId;
    }

    /** The local path of a litkg IRI, or the IRI itself when it is not litkg's (an external link). */
    public static String href(String iri) {
        if (iri.startsWith(LKG.ID)) {
            return ID_PATH + iri.substring(LKG.ID.length());
        }
        return iri;
    }
}
