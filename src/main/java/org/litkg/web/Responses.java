package org.litkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Answers the servlets share: an error as one plain sentence that says what was wrong, and a page. */
final class Responses {

    private Responses() {
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().println(message);
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        write(resp, status, "text/html", page);
    }

    static void json(HttpServletResponse resp, int status, jakarta.json.JsonStructure body) throws IOException {
        write(resp, status, "application/json", body.toString());
    }

    private static void write(HttpServletResponse resp, int status, String mediaType, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(mediaType);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
