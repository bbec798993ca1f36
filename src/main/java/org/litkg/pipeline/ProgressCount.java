package org.litkg.pipeline;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Counts documents done by parallel workers and reports, at most every two seconds and at the end,
 * how far along, how fast and how long is left: "read 3000/7744 documents (39%), 412 documents/s,
 * about 12 s left".
 */
public final class ProgressCount {

    private static final long EVERY_NANOS = 2_000_000_000L;
    private final int total;
    private final String noun;
    private final Consumer<String> sink;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private int done;

    public ProgressCount(int total, String noun, Consumer<String> sink) {
        this.total = total;
        this.noun = noun;
        this.sink = sink;
    }

    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (done == total || now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            sink.accept(line(done, total, noun, now - started));
        }
    }

    static String line(int done, int total, String noun, long elapsedNanos) {
        double seconds = Math.max(1e-9, elapsedNanos / 1e9);
        double rate = done / seconds;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "read %d/%d %s", done, total, noun));
        if (total > 0) {
            out.append(String.format(Locale.ROOT, " (%d%%)", 100L * done / total));
        }
        out.append(String.format(Locale.ROOT, ", %.0f/s", rate));
        if (done < total && rate > 0) {
            out.append(String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate));
        } else {
            out.append(String.format(Locale.ROOT, ", %.1f s", seconds));
        }
        return out.toString();
    }
}
