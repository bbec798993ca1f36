package org.litkg.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most a fixed number of SPARQL requests run at once, so a burst of expensive queries
 * cannot take every thread and all the memory: a request that finds no free place within a second
 * gets 503 with {@code Retry-After}. A request body over the limit gets 413 and is not parsed.
 */
public final class AdmissionFilter implements Filter {

    private final Semaphore places;
    private final long maxRequestBytes;

    public AdmissionFilter(int maxConcurrent, long maxRequestBytes) {
        this.places = new Semaphore(maxConcurrent, true);
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (req.getRequestURI().startsWith(DocumentsServlet.PATH)) {
            chain.doFilter(request, response); // writes have their own limits and their one writer
            return;
        }
        if (req.getContentLengthLong() > maxRequestBytes) {
            RequestBodies.swallowRestOrClose(req, resp);
            Responses.error(resp, 413, "query request of " + req.getContentLengthLong() + " bytes; at most " + maxRequestBytes);
            return;
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            resp.setHeader("Retry-After", "1");
            Responses.error(resp, 503, "the server is answering as many queries as it may at once; try again in a second");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
