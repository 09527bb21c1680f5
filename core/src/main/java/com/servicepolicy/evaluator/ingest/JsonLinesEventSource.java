package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * The contract's JSON Lines ({@code .jsonl}, {@code .ndjson}): one event object per line. Its lines are parsed
 * on as many threads as the JVM has processors, unless the option {@code parse-threads=N} says fewer
 * ({@code jsonl,parse-threads=1:FILE}): 1 parses on the reading thread alone, for callers that run one read
 * per core themselves (the Spark job's tasks).
 */
final class JsonLinesEventSource implements EventSource {
    static final String PARSE_THREADS = "parse-threads";

    private final int parseThreads;

    JsonLinesEventSource() {
        this(ChunkedParsing.THREADS);
    }

    private JsonLinesEventSource(int parseThreads) {
        this.parseThreads = parseThreads;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return lowerCaseName.endsWith(".jsonl") || lowerCaseName.endsWith(".ndjson");
    }

    @Override
    public EventSource configured(SourceOptions options, Path file) throws InputFileException {
        options.allowOnly(name(), Set.of(PARSE_THREADS));
        String threads = options.get(PARSE_THREADS);
        if (threads == null) {
            return this;
        }
        try {
            int n = Integer.parseInt(threads);
            if (n >= 1) {
                return new JsonLinesEventSource(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputFileException("source option " + PARSE_THREADS + "=" + threads + ": expected a whole number of at least 1");
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        read(in, source, records, ChunkedParsing.CHUNK_BYTES);
    }

    /** With chunks of another size, for tests. */
    void read(InputStream in, String source, SourceRecords records, int chunkBytes) throws InputFileException {
        ChunkedParsing parsing = new ChunkedParsing(records, chunkBytes, parseThreads);
        try {
            JsonLines.scan(in, source, parsing);
        } catch (InputFileException e) {
            parsing.finish(); // the records read before the failure are counted, as a line-by-line read counts them
            throw e;
        } catch (RuntimeException e) {
            parsing.abandon();
            throw e;
        }
        parsing.finish();
    }

    /** How many threads parse this source's lines at most (the option, or every processor). */
    int parseThreads() {
        return parseThreads;
    }
}
