package org.litkg.pipeline;

import java.util.function.Consumer;

/** Counts documents done by parallel workers and reports every 100th and the last ("read 300/612 abstracts"). */
public final class ProgressCount {

    private final int total;
    private final String noun;
    private final Consumer<String> sink;
    private int done;

    public ProgressCount(int total, String noun, Consumer<String> sink) {
        this.total = total;
        this.noun = noun;
        this.sink = sink;
    }

    public synchronized void step() {
        done++;
        if (done % 100 == 0 || done == total) {
            sink.accept("read " + done + "/" + total + " " + noun);
        }
    }
}
