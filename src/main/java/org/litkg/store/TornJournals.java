package org.litkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Cuts off the half-written entry a process killed in the middle of a write leaves at the end of a TDB2 journal.
 * TDB2 writes an entry's 16-byte header and its data with two separate writes, so a SIGKILL between them leaves a
 * header whose data never came; on the next open TDB2's recovery reads the header, finds the file ending early and
 * refuses to open the store ("Failed to read the journal entry data"). An entry that was never written whole belongs
 * to a transaction that never committed (its commit entry would come after it), so nothing acknowledged is in it:
 * dropping it is what recovery would have done with the rest of that transaction. Only an entry that runs past the
 * end of the file is dropped; a whole entry whose checksum is wrong is damage of another kind, left for TDB2 to report.
 */
final class TornJournals {

    static final String JOURNAL = "journal.jrnl";
    /** TDB2's entry header: data length, Adler-32 checksum, entry type, component id, four bytes each. */
    private static final int HEADER = 16;

    private TornJournals() {
    }

    /** Repairs the journal of every data generation of the store at {@code store}; says on stderr what it dropped. */
    static void repair(Path store) {
        for (Path journal : journals(store)) {
            long size;
            OptionalLong end;
            try {
                size = Files.size(journal);
                end = tornEntryStart(journal);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the store's journal " + journal + ": " + e.getMessage(), e);
            }
            if (end.isPresent()) {
                truncate(journal, end.getAsLong());
                System.err.printf("litkg: the store's journal %s ended in an entry a crash cut off (a write that never"
                        + " committed); dropped its last %d bytes%n", journal, size - end.getAsLong());
            }
        }
    }

    /** The journals of the store: one in each Data-NNNN generation folder, and one at the top if the layout is flat. */
    private static List<Path> journals(Path store) {
        try (Stream<Path> children = Files.list(store)) {
            Stream<Path> generations = children.filter(Files::isDirectory).map(d -> d.resolve(JOURNAL));
            return Stream.concat(Stream.of(store.resolve(JOURNAL)), generations).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Where the entry that runs past the end of the journal starts, if one does. */
    static OptionalLong tornEntryStart(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            long size = channel.size();
            long position = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position < size) {
                if (size - position < HEADER) {
                    return OptionalLong.of(position);
                }
                header.clear();
                channel.read(header, position);
                int dataLength = header.getInt(0);
                if (dataLength < 0) {
                    return OptionalLong.empty(); // not a length TDB2 writes: damage for TDB2 to report, not a tear
                }
                if (size - position - HEADER < dataLength) {
                    return OptionalLong.of(position);
                }
                position += HEADER + dataLength;
            }
            return OptionalLong.empty();
        }
    }

    private static void truncate(Path journal, long length) {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(length);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the torn entry off the store's journal " + journal
                    + ": " + e.getMessage(), e);
        }
    }
}
