package com.servicepolicy.evaluator.ingest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    private static final class Holder {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "source-worker-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
