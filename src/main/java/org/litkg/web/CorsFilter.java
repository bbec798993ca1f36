package org.litkg.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for a public, read-only server: any origin may read ({@code Access-Control-Allow-Origin: *}),
 * never with credentials, and only the methods reading needs (POST is a SPARQL query by form or body).
 * Used instead of Fuseki's filter, which echoes the origin and allows credentials and every method.
 */
public final class CorsFilter implements Filter {

    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String HEADERS = "Accept, Accept-Encoding, Content-Type, Origin, X-Requested-With";
    static final String EXPOSED = "Content-Type, Content-Length, Content-Disposition, Link, Location, Vary";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (req.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", METHODS);
            resp.setHeader("Access-Control-Allow-Headers", HEADERS);
            resp.setHeader("Access-Control-Max-Age", "1800");
            resp.setStatus(204);
            return;
        }
        chain.doFilter(request, response);
    }
}
