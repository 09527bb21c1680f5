package com.servicepolicy.evaluator.quality;

import com.servicepolicy.evaluator.event.Event;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;

/**
 * A {@link DataQuality} fed on a thread of its own, in batches and in input order, so that a large read's reading
 * thread (which registers ids and groups events, the read's bottleneck) does not also look at every event for its
 * findings. At most a few batches wait, so memory stays bounded. Not thread-safe: one reading thread feeds it.
 */
public final class BackgroundDataQuality {
    private static final int BATCH = 4096;
    private static final int WAITING_BATCHES = 4;

    private final DataQuality quality;
    // one thread, which ends a second after its last batch: a read that fails half-way leaves nothing behind
    private final ExecutorService thread = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "data-quality");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<?>> waiting = new ArrayDeque<>();
    private Event[] batch = new Event[BATCH];
    private int size;

    public BackgroundDataQuality(DataQuality quality) {
        this.quality = quality;
    }

    public void accept(Event event) {
        batch[size++] = event;
        if (size == BATCH) {
            handOver();
        }
    }

    /** Every finding, once every event handed over has been looked at. */
    public Findings finish() {
        try {
            handOver();
            while (!waiting.isEmpty()) {
                awaitOldest();
            }
            return quality.finish();
        } finally {
            thread.shutdownNow();
        }
    }

    /**
     * Gives up: waits for the batches handed over (their failures no longer matter), then removes whatever the check
     * wrote to disk. A command that fails part way leaves no temporary file behind; after {@link #finish} it does nothing.
     */
    public void discard() {
        while (!waiting.isEmpty()) {
            try {
                waiting.poll().get();
            } catch (ExecutionException e) {
                // the read has failed anyway; what is discarded need not be right
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        thread.shutdownNow();
        quality.close();
    }

    private void handOver() {
        Event[] events = size == BATCH ? batch : Arrays.copyOf(batch, size);
        batch = new Event[BATCH];
        size = 0;
        waiting.add(thread.submit(() -> {
            for (Event e : events) {
                quality.accept(e);
            }
        }));
        while (waiting.size() > WAITING_BATCHES) {
            awaitOldest();
        }
    }

    private void awaitOldest() {
        try {
            waiting.poll().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking at the events' quality", e);
        }
    }
}
