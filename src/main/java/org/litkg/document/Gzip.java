package org.litkg.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A gzipped file is read as the file it holds: PubMed's baseline and update files come as {@code .xml.gz}, and a
 * corpus is often kept as {@code .jsonl.gz}. The holder's name without ".gz" names the format.
 */
final class Gzip {

    /** More than this, unpacked, is refused rather than read into memory (a small archive can unpack to gigabytes). */
    static final long MAX_UNPACKED_BYTES = 512L << 20;

    private Gzip() {
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The name of the file a gzipped file holds ("pubmed25n0001.xml" for "pubmed25n0001.xml.gz"), else the name. */
    static String innerName(Path file) {
        String name = file.getFileName().toString();
        return isGzip(file) ? name.substring(0, name.length() - 3) : name;
    }

    /** The file's bytes, unpacked if it is gzipped; IllegalArgumentException if it says gzip and is not. */
    static byte[] readAll(Path file) throws IOException {
        if (!isGzip(file)) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = open(file)) {
            return unpacked(in);
        } catch (java.io.EOFException | ZipException e) {
            throw new IllegalArgumentException("the gzip data is cut short or corrupt: " + e.getMessage(), e);
        }
    }

    /**
     * All a stream of packed data unpacks to (a gzipped file, a web page sent gzipped or deflated), refused with an
     * IllegalArgumentException beyond {@link #MAX_UNPACKED_BYTES}.
     */
    static byte[] unpacked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_UNPACKED_BYTES) {
                throw new IllegalArgumentException("unpacks to more than " + (MAX_UNPACKED_BYTES >> 20)
                        + " MB; unpack it and split it into smaller files");
            }
        }
        return out.toByteArray();
    }

    /** The file as a stream, unpacked as it is read if it is gzipped. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (!isGzip(file)) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close(); // the header could not be read: no stream is handed on to close it
            if (e instanceof ZipException || e instanceof java.io.EOFException) {
                throw new IllegalArgumentException("named .gz but not gzip data: " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
