package org.litkg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 spoken over a plain socket, for what an HTTP client library hides: two requests sent back to back on one
 * connection, and every byte the server answers until it closes.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A request with a body of {@code length} bytes of "x", declared by Content-Length. */
    public static String post(String path, String contentType, String extraHeaders, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
                + "Content-Length: " + length + "\r\n\r\n" + "x".repeat(length);
    }

    /** A last request, after which the server closes the connection. */
    public static String lastGet(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    /** Sends the requests in one go and returns all the server answers, read until it closes the connection. */
    public static String exchange(int port, String requests) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream answers = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answers);
            return answers.toString(StandardCharsets.UTF_8);
        }
    }

    /** How many responses with this status line the answers hold (a body need not end with a line break). */
    public static long count(String answers, int status) {
        return java.util.regex.Pattern.compile("HTTP/1\\.1 " + status + " ").matcher(answers).results().count();
    }
}
