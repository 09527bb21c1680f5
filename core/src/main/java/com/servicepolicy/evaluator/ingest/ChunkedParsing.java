package com.servicepolicy.evaluator.ingest;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses (and validates) the lines of a JSON Lines input on worker threads, a chunk of about a megabyte
 * at a time, and hands the records to {@link SourceRecords} on the reading thread in input order: the
 * caller sees exactly what a line-by-line read gives, while the parsing, the costliest part of reading,
 * uses every core. An input that fits in one chunk is parsed on the reading thread. A reader may ask for
 * fewer parsing threads (where parallelism comes from elsewhere, e.g. one Spark task per core): with one,
 * every chunk is parsed on the reading thread and the shared pool is not used.
 */
final class ChunkedParsing implements JsonLines.Handler {
    static final int CHUNK_BYTES = 1 << 20;
    /** The parsing threads of a reader that does not say: every processor the JVM sees (the command line). */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService PARSERS = Executors.newFixedThreadPool(THREADS, daemonThreads());

    private final SourceRecords records;
    private final int chunkBytes;
    private final int threads;
    private final Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
    private Chunk filling;

    ChunkedParsing(SourceRecords records, int chunkBytes) {
        this(records, chunkBytes, THREADS);
    }

    /** With at most {@code threads} chunks parsed at once (1: on the reading thread alone). */
    ChunkedParsing(SourceRecords records, int chunkBytes, int threads) {
        this.records = records;
        this.chunkBytes = chunkBytes;
        this.threads = Math.max(1, Math.min(threads, THREADS));
        this.filling = new Chunk(chunkBytes);
    }

    @Override
    public void line(byte[] buf, int off, int len, long line) {
        filling.addLine(buf, off, len, line);
        if (filling.isFull()) {
            submit();
        }
    }

    @Override
    public void unusable(long line, String reason) {
        filling.addUnusable(line, reason);
        if (filling.isFull()) {
            submit();
        }
    }

    /** Hands over every record not handed over yet; call once, after the last line (or a failure to read). */
    void finish() {
        if (inFlight.isEmpty()) {
            filling.parse().deliver(records);
            return;
        }
        submit();
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    /** Stops the parsing still under way, after the records' receiver failed. */
    void abandon() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private void submit() {
        Chunk chunk = filling;
        filling = new Chunk(chunkBytes);
        if (threads == 1) {
            chunk.parse().deliver(records);
            return;
        }
        inFlight.add(PARSERS.submit(chunk::parse));
        while (inFlight.size() > threads + 1 || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        WorkerPool.await(inFlight.poll(), this::abandon).deliver(records);
    }

    /** A run of lines copied out of the read buffer, then their parsed and validated records. */
    private static final class Chunk {
        private final int capacity;
        private byte[] bytes;
        private int used;
        private int count;
        private int[] starts = new int[1024];
        private int[] lengths = new int[1024];
        private long[] lines = new long[1024];
        private String[] unusable = new String[1024];
        private RawEvent[] events;

        Chunk(int capacity) {
            this.capacity = capacity;
            this.bytes = new byte[Math.min(capacity, 1 << 16)];
        }

        boolean isFull() {
            return used >= capacity;
        }

        void addLine(byte[] buf, int off, int len, long line) {
            if (used + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(used + len, Math.min(2 * bytes.length, capacity)));
            }
            System.arraycopy(buf, off, bytes, used, len);
            add(used, len, line, null);
            used += len;
        }

        void addUnusable(long line, String reason) {
            add(used, 0, line, reason);
        }

        private void add(int start, int length, long line, String reason) {
            if (count == starts.length) {
                int n = 2 * count;
                starts = Arrays.copyOf(starts, n);
                lengths = Arrays.copyOf(lengths, n);
                lines = Arrays.copyOf(lines, n);
                unusable = Arrays.copyOf(unusable, n);
            }
            starts[count] = start;
            lengths[count] = length;
            lines[count] = line;
            unusable[count] = reason;
            count++;
        }

        Chunk parse() {
            events = new RawEvent[count];
            for (int i = 0; i < count; i++) {
                if (unusable[i] == null) {
                    RawEvent event = JsonEventFields.fromLine(bytes, starts[i], lengths[i]);
                    event.validateAhead(lines[i]);
                    events[i] = event;
                }
            }
            bytes = null; // the text is not needed any more
            return this;
        }

        void deliver(SourceRecords records) {
            for (int i = 0; i < count; i++) {
                if (unusable[i] != null) {
                    records.unusable(lines[i], unusable[i]);
                } else {
                    records.event(events[i], lines[i]);
                }
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "json-lines-parser-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
