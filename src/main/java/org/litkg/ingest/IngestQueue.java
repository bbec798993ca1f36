package org.litkg.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.recognition.Lexicon;

/**
 * The one writer of a live store. Requests queue here; the writer thread takes every request
 * waiting, applies them all in one write transaction, commits, and only then completes each
 * request's future: a group commit, so many small concurrent ingests cost one commit (and one
 * growth of the append-only TDB2 files) instead of one each. Readers go on meanwhile, each on
 * the snapshot its read transaction began with.
 *
 * <p>If one request fails, the transaction is aborted and the requests of that group are applied
 * again one by one, so a bad request fails alone and the others land. After every
 * {@code compactAfterCommits} commits the store is compacted (TDB2 copies the live data to a new
 * generation and drops the old one), so it does not grow without bound.
 */
public final class IngestQueue implements AutoCloseable {

    private sealed interface Job permits Add, Remove, Compact {
    }

    private record Add(List<DocumentExtraction> extractions, CompletableFuture<List<StoreWriter.Outcome>> done) implements Job {
    }

    private record Remove(String id, CompletableFuture<StoreWriter.Outcome> done) implements Job {
    }

    private record Compact(CompletableFuture<Void> done) implements Job {
    }

    /** Figures since start, for the log and for tests. */
    public record Stats(long commits, long documents, long compactions) {
    }

    private static final int MAX_JOBS_PER_COMMIT = 256;

    private final DatasetGraph store;
    private final java.util.function.Supplier<Lexicon> lexicon;
    private StoreWriter writer;
    private final Consumer<StoreWriter.Change> afterCommit;
    private final long compactAfterCommits;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private long commits;
    private long documents;
    private long compactions;
    private long commitsSinceCompaction;

    /**
     * @param lexicon            the pipeline's lexicon, asked for on the writer thread (it may still be loading)
     * @param afterCommit        told, on the writer thread, what each commit changed (for the label index)
     * @param compactAfterCommits compact after this many commits; 0 never
     */
    public IngestQueue(DatasetGraph store, java.util.function.Supplier<Lexicon> lexicon, Consumer<StoreWriter.Change> afterCommit,
                       long compactAfterCommits) {
        this.store = store;
        this.lexicon = lexicon;
        this.afterCommit = afterCommit;
        this.compactAfterCommits = compactAfterCommits;
        this.thread = new Thread(this::run, "litkg-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds documents already read by the pipeline; completes once they are committed. */
    public CompletableFuture<List<StoreWriter.Outcome>> add(List<DocumentExtraction> extractions) {
        return submit(new Add(List.copyOf(extractions), new CompletableFuture<>())).done();
    }

    public CompletableFuture<StoreWriter.Outcome> remove(String id) {
        return submit(new Remove(id, new CompletableFuture<>())).done();
    }

    /** Compacts the store between commits; completes once done. */
    public CompletableFuture<Void> compact() {
        return submit(new Compact(new CompletableFuture<>())).done();
    }

    public synchronized Stats stats() {
        return new Stats(commits, documents, compactions);
    }

    private <J extends Job> J submit(J job) {
        if (closed) {
            throw new IllegalStateException("the store is closing; nothing more is accepted");
        }
        jobs.add(job);
        return job;
    }

    private void run() {
        RuntimeException broken = null;
        try {
            writer = Txn.calculateRead(store, () -> new StoreWriter(store, lexicon.get()));
        } catch (RuntimeException e) {
            broken = e;
        }
        while (!closed || !jobs.isEmpty()) {
            List<Job> group = new ArrayList<>();
            try {
                Job first = jobs.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                if (broken != null) {
                    fail(first, broken);
                    continue;
                }
                group.add(first);
            } catch (InterruptedException e) {
                if (closed) {
                    break;
                }
                continue;
            }
            jobs.drainTo(group, MAX_JOBS_PER_COMMIT - 1);
            List<Job> writes = new ArrayList<>();
            for (Job job : group) {
                if (job instanceof Compact c) {
                    applyGroup(writes);
                    writes.clear();
                    compactNow(c.done());
                } else {
                    writes.add(job);
                }
            }
            applyGroup(writes);
        }
    }

    private void applyGroup(List<Job> group) {
        if (group.isEmpty()) {
            return;
        }
        List<Runnable> completions = new ArrayList<>();
        if (!commitTogether(group, completions)) {
            for (Job job : group) {
                List<Runnable> one = new ArrayList<>();
                if (commitTogether(List.of(job), one)) {
                    one.forEach(Runnable::run);
                }
            }
        } else {
            completions.forEach(Runnable::run);
        }
        if (compactAfterCommits > 0 && commitsSinceCompaction >= compactAfterCommits) {
            compactNow(new CompletableFuture<>());
        }
    }

    /**
     * Applies the jobs in one transaction. On success the completions (run after the commit) are
     * added to {@code completions}; on failure the transaction is aborted and, for a single job, its
     * future fails with the cause.
     */
    private boolean commitTogether(List<Job> group, List<Runnable> completions) {
        Instant started = Instant.now();
        long added = 0;
        store.begin(TxnType.WRITE);
        try {
            for (Job job : group) {
                if (job instanceof Add a) {
                    List<StoreWriter.Outcome> outcomes = writer.add(a.extractions(), started);
                    added += outcomes.size();
                    completions.add(() -> a.done().complete(outcomes));
                } else if (job instanceof Remove r) {
                    StoreWriter.Outcome outcome = writer.remove(r.id());
                    completions.add(() -> r.done().complete(outcome));
                }
            }
            store.commit();
        } catch (RuntimeException | Error e) {
            store.abort();
            writer.reload();
            completions.clear();
            if (group.size() == 1) {
                fail(group.get(0), e);
            }
            return false;
        } finally {
            store.end();
        }
        synchronized (this) {
            commits++;
            documents += added;
            commitsSinceCompaction++;
        }
        afterCommit.accept(writer.drainChange());
        return true;
    }

    private void compactNow(CompletableFuture<Void> done) {
        try {
            long start = System.nanoTime();
            DatabaseMgr.compact(store, true);
            System.err.printf(java.util.Locale.ROOT, "litkg: compacted the store after %d commits (%.1f s)%n",
                    commitsSinceCompaction, (System.nanoTime() - start) / 1e9);
            synchronized (this) {
                compactions++;
                commitsSinceCompaction = 0;
            }
            done.complete(null);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private static void fail(Job job, Throwable e) {
        if (job instanceof Add a) {
            a.done().completeExceptionally(e);
        } else if (job instanceof Remove r) {
            r.done().completeExceptionally(e);
        } else if (job instanceof Compact c) {
            c.done().completeExceptionally(e);
        }
    }

    /** Stops taking requests, finishes those queued, and waits for the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
