package com.servicepolicy.evaluator.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Where rule sessions run: a bounded set of threads that a caller hands a session to and waits for, at most
 * its time limit plus {@link #GRACE}. A rule's {@code then} is the author's code and may sleep, block or
 * loop; at the limit the session is halted and its thread interrupted, and if it still does not end within
 * the grace its thread is abandoned: the caller gets its answer anyway, and the thread is counted as stuck
 * (it keeps its place until it ends, if ever, since a Java thread cannot be killed safely). New work waits
 * for a free thread at most as long as it may run, and is refused at once when every thread is stuck, so a
 * rule set that hangs threads fills this pool, visibly, instead of the server.
 * <p>
 * A session's limit is the time it could run: the JVM's collection pauses while it runs ({@link CollectorPauses})
 * are added to it, up to {@link #MAX_PAUSE_CREDIT} times the limit, so that a long collection is not taken for a
 * rule that loops, while a JVM that does little but collect still ends its sessions.
 */
public final class RuleThreads {
    /** How long a halted and interrupted session may take to end before its thread is abandoned. */
    public static final Duration GRACE = Duration.ofMillis(250);
    /** At most this many times its limit of collection pauses is added to a session's time. */
    static final int MAX_PAUSE_CREDIT = 3;
    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final RuleThreads SHARED = new RuleThreads(Math.max(8, 2 * Runtime.getRuntime().availableProcessors()));

    private final int size;
    private final Semaphore free;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger stuck = new AtomicInteger();
    private final ExecutorService threads;
    private final LongSupplier pausedNanos;

    public RuleThreads(int size) {
        this(size, CollectorPauses::nanos);
    }

    /** {@code pausedNanos}: the JVM's collection pauses so far (tests pass their own clock). */
    RuleThreads(int size, LongSupplier pausedNanos) {
        this.pausedNanos = pausedNanos;
        if (size < 1) {
            throw new IllegalArgumentException("rule threads must be at least 1, was " + size);
        }
        this.size = size;
        this.free = new Semaphore(size);
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "rules-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true); // a stuck session must not keep a command-line JVM alive
            return t;
        });
    }

    /** The threads the command line and the batch share (at least 8; the service has its own, configured). */
    public static RuleThreads shared() {
        return SHARED;
    }

    public int size() {
        return size;
    }

    /** Threads running a session now, stuck ones included. */
    public int busy() {
        return busy.get();
    }

    /** Threads abandoned to a session that did not end when halted and interrupted. */
    public int stuck() {
        return stuck.get();
    }

    /** What the session's owner must do when its time is up: halt it (the thread is interrupted as well). */
    interface Session<T> extends Callable<T> {
        void halt();
    }

    /**
     * Runs {@code session} on one of the threads and returns its result, waiting at most {@code limit} for a
     * free thread and {@code limit}, with the collection pauses meanwhile, plus {@link #GRACE} for the session.
     *
     * @throws RulesBusyException no thread became free in time, or every thread is stuck
     * @throws TimedOut the session ran past its limit (then {@link TimedOut#abandoned()} tells whether its
     *         thread was left behind)
     */
    <T> T run(Session<T> session, Duration limit) throws ExecutionException, InterruptedException, TimedOut {
        if (stuck.get() >= size) {
            throw new RulesBusyException(size, stuck.get());
        }
        if (!free.tryAcquire(limit.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new RulesBusyException(size, stuck.get());
        }
        Task<T> task = new Task<>(session);
        long started = System.nanoTime();
        long pausedBefore = pausedNanos.getAsLong();
        busy.incrementAndGet();
        try {
            threads.execute(task);
        } catch (RuntimeException e) {
            busy.decrementAndGet();
            free.release();
            throw e;
        }
        if (awaitRunning(task, limit, started, pausedBefore)) {
            return task.result();
        }
        session.halt();
        Thread running = task.thread.get();
        if (running != null) {
            running.interrupt();
        }
        boolean ended = task.done.await(GRACE.toNanos(), TimeUnit.NANOSECONDS);
        throw new TimedOut(!ended && task.abandon());
    }

    /**
     * Waits until {@code task} ends or has run for {@code limit} beside the collection pauses since it was handed
     * over ({@code started}, {@code pausedBefore}); whether it ended.
     */
    private boolean awaitRunning(Task<?> task, Duration limit, long started, long pausedBefore)
            throws InterruptedException {
        long maxCredit = MAX_PAUSE_CREDIT * limit.toNanos();
        long wait = limit.toNanos();
        while (!task.done.await(wait, TimeUnit.NANOSECONDS)) {
            long credit = Math.min(maxCredit, pausedNanos.getAsLong() - pausedBefore);
            wait = limit.toNanos() + credit - (System.nanoTime() - started);
            if (wait <= 0) {
                return false;
            }
        }
        return true;
    }

    /** A session that ran past its limit. */
    static final class TimedOut extends Exception {
        private final boolean abandoned;

        TimedOut(boolean abandoned) {
            super(null, null, false, false);
            this.abandoned = abandoned;
        }

        boolean abandoned() {
            return abandoned;
        }
    }

    private final class Task<T> implements Runnable {
        private final Session<T> session;
        private final CountDownLatch done = new CountDownLatch(1);
        private final AtomicReference<Thread> thread = new AtomicReference<>();
        /** 0 running, 1 ended, 2 abandoned: whichever of "ended" and "abandoned" comes first wins. */
        private final AtomicInteger state = new AtomicInteger();
        private volatile T result;
        private volatile Throwable failure;

        Task(Session<T> session) {
            this.session = session;
        }

        @Override
        public void run() {
            thread.set(Thread.currentThread());
            try {
                result = session.call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                thread.set(null);
                Thread.interrupted(); // the pool's thread goes back clean
                if (!state.compareAndSet(0, 1)) {
                    stuck.decrementAndGet(); // an abandoned session ended after all
                }
                busy.decrementAndGet();
                free.release();
                done.countDown();
            }
        }

        boolean abandon() {
            if (state.compareAndSet(0, 2)) {
                stuck.incrementAndGet();
                return true;
            }
            return false;
        }

        T result() throws ExecutionException {
            if (failure != null) {
                throw new ExecutionException(failure);
            }
            return result;
        }
    }
}
