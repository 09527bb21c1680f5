package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.ingest.WorkerPool;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A loop over {@code [0, n)} run on worker threads in parts, one per worker, while the caller goes on with other work;
 * for loops whose every step writes only its own index, so that the parts cannot meet (and the result is the loop's).
 * Fewer than {@code onWorkersFrom} steps run on the calling thread, at once.
 */
final class InParts {
    /** The loop's body for steps {@code [from, to)}. */
    interface Steps {
        void run(int from, int to);
    }

    private final Future<?>[] parts;

    private InParts(Future<?>[] parts) {
        this.parts = parts;
    }

    static InParts start(int n, int onWorkersFrom, Steps steps) {
        if (n < onWorkersFrom) {
            steps.run(0, n);
            return new InParts(new Future<?>[0]);
        }
        int count = WorkerPool.THREADS;
        Future<?>[] parts = new Future<?>[count];
        for (int p = 0; p < count; p++) {
            int from = (int) ((long) n * p / count);
            int to = (int) ((long) n * (p + 1) / count);
            parts[p] = WorkerPool.shared().submit(() -> steps.run(from, to));
        }
        return new InParts(parts);
    }

    /** Waits for every part (their writes are then visible to the caller). */
    void await() {
        try {
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building threads", e);
        }
    }
}
