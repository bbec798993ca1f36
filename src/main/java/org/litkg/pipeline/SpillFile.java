package org.litkg.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Records written to a temporary file and read back once, in order: where a build keeps what it
 * read of each document while the entities of the whole corpus are resolved, instead of in the
 * heap. The file is deleted on close. Appends are thread-safe.
 */
final class SpillFile implements AutoCloseable {

    private final Path file;
    private final DataOutputStream out;
    private long bytes;
    private int records;

    private SpillFile(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** A new spill in the JVM's temporary folder ({@code -Djava.io.tmpdir} moves it). */
    static SpillFile create() {
        try {
            return new SpillFile(Files.createTempFile("litkg-spill-", ".bin"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the build: " + e.getMessage(), e);
        }
    }

    synchronized void append(byte[] record) {
        try {
            out.writeInt(record.length);
            out.write(record);
            bytes += 4L + record.length;
            records++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build's temporary file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every record back in the order written; no more appends after this. */
    synchronized void forEach(Consumer<byte[]> reader) {
        try {
            out.close();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (int i = 0; i < records; i++) {
                    byte[] record = new byte[in.readInt()];
                    in.readFully(record);
                    reader.accept(record);
                }
            }
        } catch (EOFException e) {
            throw new UncheckedIOException("the build's temporary file " + file + " was cut short", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's temporary file " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted next; nothing written to it matters any more
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("litkg: could not delete the temporary file " + file + ": " + e.getMessage());
        }
    }
}
