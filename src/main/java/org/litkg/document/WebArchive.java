package org.litkg.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * A web archive ({@code .warc}, WARC 1.0 or 1.1, as wget, Heritrix, Browsertrix and Webrecorder write one; gzipped
 * record by record as {@code .warc.gz}): the pages it holds, each a {@code response} record's HTTP message that
 * succeeded with an HTML or plain-text body, or a {@code resource} record of such a page. Requests, metadata and a
 * page's requisites (style sheets, images, scripts) are passed over. Each page is read as its format reads it, under
 * its title, and the archive is one document, as a mailbox is.
 */
final class WebArchive {

    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private WebArchive() {
    }

    /** One record: its named fields (names in lower case) and its block. */
    private record WarcRecord(Map<String, String> fields, byte[] block) {
        String field(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    /** A page's body and its media type, with the charset its headers name, if any. */
    private record Page(String mediaType, Charset charset, byte[] body) {
    }

    static SourceFormat.Reduced reduce(byte[] bytes) {
        List<WarcRecord> records = records(bytes);
        String title = null;
        StringBuilder text = new StringBuilder();
        int pages = 0;
        for (WarcRecord record : records) {
            Page page = page(record);
            if (page == null) {
                continue;
            }
            SourceFormat format = page.mediaType().equals("text/plain") ? SourceFormat.PLAIN : SourceFormat.HTML;
            SourceFormat.Reduced read = format.reduce(decode(page, record));
            pages++;
            title = title == null ? read.title() : title;
            if (read.title() != null && pages > 1) {
                text.append(read.title()).append("\n\n");
            }
            text.append(read.text()).append("\n\n");
        }
        if (pages == 0) {
            throw new IllegalArgumentException("web archive holds no page to read: " + records.size()
                    + " record(s), none a successful HTML or plain-text response");
        }
        return new SourceFormat.Reduced(title, text.toString());
    }

    /** The archive's records in order. Throws IllegalArgumentException where the bytes are no WARC or end too soon. */
    private static List<WarcRecord> records(byte[] bytes) {
        List<WarcRecord> records = new ArrayList<>();
        int at = 0;
        while (true) {
            while (at < bytes.length && (bytes[at] == '\r' || bytes[at] == '\n')) {
                at++;
            }
            if (at >= bytes.length) {
                return records;
            }
            int headerEnd = indexOf(bytes, HEADER_END, at);
            String header = headerEnd < 0 ? "" : new String(bytes, at, headerEnd - at, StandardCharsets.UTF_8);
            if (!header.startsWith("WARC/")) {
                throw new IllegalArgumentException("not a WARC file: no \"WARC/1.x\" record header at byte " + at);
            }
            Map<String, String> fields = headerFields(header);
            int length;
            try {
                length = Integer.parseInt(fields.getOrDefault("content-length", "").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("WARC record " + (records.size() + 1) + " at byte " + at
                        + " has no valid Content-Length", e);
            }
            int start = headerEnd + HEADER_END.length;
            if (length < 0 || start + (long) length > bytes.length) {
                throw new IllegalArgumentException("WARC record " + (records.size() + 1) + " at byte " + at
                        + " is cut short: its Content-Length says " + length + " bytes, " + (bytes.length - start) + " follow");
            }
            records.add(new WarcRecord(fields, java.util.Arrays.copyOfRange(bytes, start, start + length)));
            at = start + length;
        }
    }

    /** The page a record holds, or null: a successful response's body, or a resource that is itself a page. */
    private static Page page(WarcRecord record) {
        String type = record.field("warc-type");
        if (type.equals("resource")) {
            return textPage(record.field("content-type"), record.block());
        }
        if (!type.equals("response") || !record.field("content-type").startsWith("application/http")) {
            return null;
        }
        byte[] message = record.block();
        int headerEnd = indexOf(message, HEADER_END, 0);
        if (headerEnd < 0) {
            return null;
        }
        String[] head = new String(message, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r\n", 2);
        String[] status = head[0].split(" ", 3);
        if (status.length < 2 || !status[1].startsWith("2")) {
            return null;
        }
        Map<String, String> headers = headerFields(head.length > 1 ? head[1] : "");
        byte[] body = java.util.Arrays.copyOfRange(message, headerEnd + HEADER_END.length, message.length);
        try {
            if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
                body = dechunked(body);
            }
            body = decoded(body, headers.getOrDefault("content-encoding", "").strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new IllegalArgumentException("page " + record.field("warc-target-uri") + " in the web archive: its body "
                    + "cannot be decoded (" + e.getMessage() + ")", e);
        }
        return textPage(headers.getOrDefault("content-type", ""), body);
    }

    private static Page textPage(String contentType, byte[] body) {
        String mediaType = ContentTypes.mediaType(contentType);
        if (!mediaType.equals("text/html") && !mediaType.equals("application/xhtml+xml") && !mediaType.equals("text/plain")) {
            return null;
        }
        // a charset Java does not know is guessed at, as a file's is
        Charset charset = ContentTypes.parameter(contentType, "charset").filter(WebArchive::isSupported).map(Charset::forName)
                .orElse(null);
        return new Page(mediaType, charset, body);
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false; // an illegal name
        }
    }

    private static String decode(Page page, WarcRecord record) {
        try {
            return page.charset() == null ? TextDecoder.decode(page.body()) : TextDecoder.decode(page.body(), page.charset());
        } catch (TextDecoder.NotTextException e) {
            throw new IllegalArgumentException("page " + record.field("warc-target-uri") + " in the web archive: "
                    + e.getMessage(), e);
        }
    }

    /** Header lines "Name: value" by name in lower case; a line that starts with white space continues the last. */
    private static Map<String, String> headerFields(String header) {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : header.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null) {
                fields.merge(last, " " + line.strip(), String::concat);
            } else if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                fields.put(last, line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    /** A body sent in chunks, each after its length in hexadecimal, as one. */
    private static byte[] dechunked(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                throw new IOException("a chunk's length line has no end");
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";", 2)[0].strip();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                throw new IOException("chunk length \"" + size + "\" is not hexadecimal", e);
            }
            if (length == 0) {
                break;
            }
            int start = lineEnd + 2;
            if (start + length > body.length) {
                throw new IOException("a chunk is cut short");
            }
            out.write(body, start, length);
            at = start + length + 2;
        }
        return out.toByteArray();
    }

    private static byte[] decoded(byte[] body, String encoding) throws IOException {
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return Gzip.unpacked(in);
            }
        }
        if (encoding.equals("deflate")) {
            try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
                return Gzip.unpacked(in);
            }
        }
        if (!encoding.isEmpty() && !encoding.equals("identity")) {
            throw new IOException("content encoding \"" + encoding + "\" is not one litkg reads");
        }
        return body;
    }

    private static int indexOf(byte[] bytes, byte[] target, int from) {
        outer:
        for (int i = from; i + target.length <= bytes.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (bytes[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
