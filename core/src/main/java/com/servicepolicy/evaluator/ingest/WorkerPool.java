package com.servicepolicy.evaluator.ingest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of sources that hand work off the reading thread in batches (events validated ahead, a Zendesk
 * document's audits): one per processor, daemons, started on first use.
 */
public final class WorkerPool {
    /** How many batches a source keeps in flight at most, beyond one per worker. */
    public static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private WorkerPool() {
    }

    public static ExecutorService shared() {
        return Holder.POOL;
    }

    /**
     * The result of a batch handed to a worker, waited for on the reading thread; if it failed or the wait was
     * interrupted, {@code abandon} runs first (dropping the batches still in flight) and the failure is thrown.
     */
    static <T> T await(Future<T> batch, Runnable abandon) {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            abandon.run();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            abandon.run();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private static final class Holder {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "source-worker-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
