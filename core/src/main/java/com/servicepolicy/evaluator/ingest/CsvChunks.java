package com.servicepolicy.evaluator.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link CsvTable} on worker threads: the reading thread cuts the stream into parts of whole rows (about a megabyte,
 * {@link CsvSplitter}), workers parse each part's rows into a receiver of the caller's, and the reading thread gets
 * the receivers back in input order. Rows, line numbers and unusable rows are exactly those of {@link CsvTable#scan};
 * the first part is small and read on the reading thread, for the header.
 */
public final class CsvChunks {
    public static final int CHUNK_BYTES = 1 << 20;
    public static final int FIRST_CHUNK_BYTES = 1 << 16;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Reads one CSV a chunk of rows at a time. */
    public interface Handler<C extends CsvTable.Rows> {
        /** The header, on the reading thread, before any row. */
        void header(List<String> columns) throws InputFileException;

        /**
         * Which of the header's {@code columns} the receivers read ({@code [i]} for column i), after {@link #header}:
         * the cells of the others are handed out empty, without the cost of making their text. Null: all of them.
         */
        default boolean[] columnsRead(int columns) {
            return null;
        }

        /** A receiver for the rows of the next chunk; its methods run on a worker thread, one chunk per receiver. */
        C chunk();

        /** A chunk's receiver after its last row, on the reading thread, in input order. */
        void deliver(C chunk);
    }

    private CsvChunks() {
    }

    public static <C extends CsvTable.Rows> void scan(InputStream in, String source, Handler<C> handler)
            throws InputFileException {
        scan(in, source, handler, FIRST_CHUNK_BYTES, CHUNK_BYTES);
    }

    /** With chunks of other sizes, for tests (an adapter's tests: that its result does not depend on where chunks end). */
    public static <C extends CsvTable.Rows> void scan(InputStream in, String source, Handler<C> handler, int firstBytes,
                                               int chunkBytes) throws InputFileException {
        Run<C> run = new Run<>(source, handler);
        run.read(new CsvSplitter(in, run.spares), firstBytes, chunkBytes);
    }

    private static final class Run<C extends CsvTable.Rows> {
        private final String source;
        private final Handler<C> handler;
        private final Deque<Future<C>> inFlight = new ArrayDeque<>();
        // the arrays of parts whose rows have been read, for the splitter to copy the next parts into (as many as can
        // be in flight, and one being cut)
        final Queue<byte[]> spares = new ArrayBlockingQueue<>(THREADS + 2);
        private int columns = -1; // until the header has been read
        private boolean[] columnsRead;

        Run(String source, Handler<C> handler) {
            this.source = source;
            this.handler = handler;
        }

        void read(CsvSplitter splitter, int firstBytes, int chunkBytes) throws InputFileException {
            try {
                for (CsvSplitter.Part part = next(splitter, firstBytes); part != null;
                     part = next(splitter, columns < 0 ? firstBytes : chunkBytes)) {
                    if (columns < 0) {
                        C first = parse(part, true); // the header first, on this thread
                        if (first != null) {
                            handler.deliver(first);
                        }
                    } else {
                        submit(part);
                    }
                }
                while (!inFlight.isEmpty()) {
                    deliverOldest();
                }
            } catch (InputFileException | RuntimeException e) {
                abandon();
                throw e;
            }
        }

        private CsvSplitter.Part next(CsvSplitter splitter, int bytes) throws InputFileException {
            try {
                return splitter.next(bytes);
            } catch (IOException e) {
                while (!inFlight.isEmpty()) { // the rows read before the failure count, as in a row-by-row read
                    deliverOldest();
                }
                throw new InputFileException("cannot read " + source + " after line " + (splitter.linesHandedOut() + 1)
                        + ": " + InputFiles.describe(e), e);
            }
        }

        private void submit(CsvSplitter.Part part) throws InputFileException {
            inFlight.add(Pool.PARSERS.submit(() -> parseRows(part)));
            while (inFlight.size() > THREADS + 1 || inFlight.peek().isDone()) {
                deliverOldest();
                if (inFlight.isEmpty()) {
                    break;
                }
            }
        }

        private void deliverOldest() throws InputFileException {
            Future<C> oldest = inFlight.poll();
            try {
                handler.deliver(oldest.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof InputFileException failure) {
                    throw failure;
                }
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + source, e);
            }
        }

        /** The rows of one part in a fresh receiver, or null when the part holds nothing but blank lines before the header. */
        private C parse(CsvSplitter.Part part, boolean mayHoldHeader) throws InputFileException {
            InputStream bytes = new ByteArrayInputStream(part.bytes(), 0, part.length());
            try (CsvRows rows = new CsvRows(bytes, source, part.linesBefore())) {
                if (mayHoldHeader && columns < 0) {
                    List<String> header = CsvTable.header(rows, source);
                    if (header == null) {
                        return null;
                    }
                    handler.header(header);
                    columnsRead = handler.columnsRead(header.size());
                    columns = header.size();
                }
                C chunk = handler.chunk(); // after the header: a receiver may need what the header told
                CsvTable.feed(rows, columns, chunk);
                return chunk;
            }
        }

        /** The rows of a part after the header's, on a worker thread: see {@link CsvFastRows}. */
        private C parseRows(CsvSplitter.Part part) throws InputFileException {
            C chunk = handler.chunk();
            new CsvFastRows(source, columns, columnsRead).feed(part, chunk);
            spares.offer(part.bytes()); // read: nothing refers to it any more
            return chunk;
        }

        private void abandon() {
            inFlight.forEach(f -> f.cancel(true));
            inFlight.clear();
        }
    }

    /** Created on first use: a run that reads no CSV starts no threads. */
    private static final class Pool {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService PARSERS = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "csv-parser-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
