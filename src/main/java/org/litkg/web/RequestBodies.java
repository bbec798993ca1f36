package org.litkg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.litkg.ingest.RejectedInput;

/**
 * Reads a request body, never more than a limit: a declared length over it is refused before
 * reading, and a body that turns out longer (chunked, or gzip that expands: a "gzip bomb") is
 * refused as soon as it passes the limit, so no request can fill the heap.
 */
final class RequestBodies {

    /** As Tomcat's {@code maxSwallowSize}: a refused body up to this size is read and dropped. */
    static final long SWALLOW_LIMIT = 2L * 1024 * 1024;

    private RequestBodies() {
    }

    static byte[] read(HttpServletRequest req, long maxBytes) throws IOException, RejectedInput {
        long declared = req.getContentLengthLong();
        if (declared > maxBytes) {
            throw new RejectedInput(413, "body of " + declared + " bytes; at most " + maxBytes + " are accepted");
        }
        String encoding = req.getHeader("Content-Encoding");
        InputStream in = req.getInputStream();
        if (encoding != null && !encoding.isBlank() && !encoding.equalsIgnoreCase("identity")) {
            if (!encoding.strip().toLowerCase(Locale.ROOT).equals("gzip")) {
                throw new RejectedInput(415, "unsupported Content-Encoding '" + encoding + "'; send gzip or none");
            }
            try {
                return readAtMost(new GZIPInputStream(in), maxBytes, "decompressed body");
            } catch (ZipException | java.io.EOFException e) {
                throw new RejectedInput(400, "body is not valid gzip: " + e.getMessage());
            }
        }
        return readAtMost(in, maxBytes, "body");
    }

    private static byte[] readAtMost(InputStream in, long maxBytes, String what) throws IOException, RejectedInput {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new RejectedInput(413, what + " over " + maxBytes + " bytes; at most " + maxBytes + " are accepted");
        }
        return body;
    }

    /**
     * Before a refusal is written: reads and drops what is left of the body, at most {@link #SWALLOW_LIMIT} bytes, and
     * asks for the connection to be closed where it could not. A server that closes a connection with request bytes
     * unread makes the client's TCP stack reset it, and a client still sending may then lose the refusal itself
     * ("header parser received no bytes"); one that reads the rest can answer and keep the connection.
     */
    static void swallowRestOrClose(HttpServletRequest req, HttpServletResponse resp) {
        if (!swallowRest(req)) {
            resp.setHeader("Connection", "close");
        }
    }

    private static boolean swallowRest(HttpServletRequest req) {
        long declared = req.getContentLengthLong();
        if (declared > SWALLOW_LIMIT) {
            return false;
        }
        try {
            InputStream in = req.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read += n;
                if (read > SWALLOW_LIMIT) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false; // the client has gone, or the body was opened as a reader: close rather than guess
        }
    }
}
