package org.litkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Error answers: a status and one plain sentence that says what was wrong. */
final class Errors {

    private Errors() {
    }

    static void send(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().println(message);
    }
}
