package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.WorkerPool;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The audits of a document made into trees on worker threads: the reading thread's parser only passes over each audit
 * (checking its syntax) and notes where it starts and ends; the audits' bytes go to a worker about a megabyte at a time,
 * which reads each one's ticket, time and content ({@link AuditFields}; from its tree, with the same mapper, when not
 * plain), and keeps neither tree nor bytes. Building the trees was most of the reading thread's work.
 */
final class AuditTrees {
    static final int BATCH_BYTES = 1 << 20;

    private final JsonMapper json;
    private final KeptBytes bytes;
    private final String source;
    private final int batchBytes;
    private final List<Audit> audits = new ArrayList<>();
    private final Deque<Future<List<Audit>>> inFlight = new ArrayDeque<>();
    private final List<long[]> batch = new ArrayList<>(); // {line, start, end} of each audit
    private long batchStart = -1;

    AuditTrees(JsonMapper json, KeptBytes bytes, String source, int batchBytes) {
        this.json = json;
        this.bytes = bytes;
        this.source = source;
        this.batchBytes = batchBytes;
    }

    /** The audit on {@code line} is the input's bytes {@code [start, end)}. */
    void add(long line, long start, long end) throws InputFileException {
        if (batch.isEmpty()) {
            batchStart = start;
        }
        batch.add(new long[] {line, start, end});
        if (end - batchStart >= batchBytes) {
            submit();
        }
        while (!inFlight.isEmpty() && (inFlight.size() > WorkerPool.THREADS + 1 || inFlight.peek().isDone())) {
            takeOldest();
        }
    }

    /** The parser has passed input offset {@code offset} outside any audit: the bytes before it are not needed. */
    void passed(long offset) {
        submit(); // a batch is part of one array
        if (offset >= 0) {
            bytes.release(offset);
        }
    }

    /** Every audit, in input order. */
    List<Audit> all() throws InputFileException {
        submit();
        while (!inFlight.isEmpty()) {
            takeOldest();
        }
        return audits;
    }

    void abandon() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        long end = batch.get(batch.size() - 1)[2];
        byte[] text = bytes.copyAsArray(batchStart, end); // [audit, ..., audit]: one parser for the batch
        bytes.release(end);
        List<long[]> parts = List.copyOf(batch);
        long from = batchStart - 1; // text[0] is the array's [
        batch.clear();
        inFlight.add(WorkerPool.shared().submit(() -> trees(text, from, parts)));
    }

    private List<Audit> trees(byte[] text, long from, List<long[]> parts) throws InputFileException {
        List<Audit> out = new ArrayList<>(parts.size());
        try (JsonParser parser = json.createParser(text)) {
            parser.nextToken();
            for (long[] p : parts) {
                parser.nextToken();
                out.add(audit(json, parser, text, from, p));
            }
        } catch (JacksonException e) { // the reading thread's parser passed it: not expected
            throw ZendeskSource.notJson(source, e, parts.get(0)[0] - 1);
        }
        return out;
    }

    /**
     * The audit {@code p} = {line, start, end} whose first token the parser is at, in {@code text}, whose byte {@code i}
     * is input offset {@code from + i}: from its tokens when plain, else from its tree.
     */
    static Audit audit(JsonMapper json, JsonParser parser, byte[] text, long from, long[] p) {
        Audit plain = parser.currentToken() == JsonToken.START_OBJECT ? AuditFields.read(parser, p[0]) : null;
        if (plain != null) {
            return plain;
        }
        if (parser.currentToken() == JsonToken.END_OBJECT) { // read to its end, but needs its tree
            return Audit.of(p[0], json.readTree(text, (int) (p[1] - from), (int) (p[2] - p[1])));
        }
        return Audit.of(p[0], parser.readValueAsTree());
    }

    private void takeOldest() throws InputFileException {
        try {
            audits.addAll(inFlight.poll().get());
        } catch (ExecutionException e) {
            abandon();
            if (e.getCause() instanceof InputFileException failure) {
                throw failure;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            abandon();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source, e);
        }
    }
}
