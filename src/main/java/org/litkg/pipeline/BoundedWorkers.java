package org.litkg.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks on a fixed number of threads with at most a few tasks waiting per thread, so a reader
 * that is faster than the workers waits for them instead of queueing the corpus in memory. The
 * first failure of a task is thrown again by {@link #close()}, after the others have finished.
 */
final class BoundedWorkers implements AutoCloseable {

    private static final int WAITING_PER_THREAD = 4;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    BoundedWorkers(int threads, String name) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(threads * (1 + WAITING_PER_THREAD));
    }

    /** Runs {@code task} when a thread is free; blocks while enough tasks are waiting. */
    void submit(Runnable task) {
        slots.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits for every task; throws the first failure, if any. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading documents", e);
        }
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }
}
