package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Reads event logs record by record into an {@link EventSink}, never holding the log in memory:
 * files, request bodies and already parsed JSON arrays alike, through an {@link EventSource}. Every
 * non-blank line / CSV row / array element is counted once as accepted, duplicate or rejected; a
 * bad record never stops the read.
 *
 * <p>One reader per run: its {@link EventIdRegistry} spans every input it reads, so an event
 * repeated in a later file is a duplicate too. Not thread-safe (the registry is shared state).
 * {@link com.servicepolicy.evaluator.event.Event#getSequence()} is the record's line number in
 * its source (its index, for an array).
 */
public final class EventLogReader {
    private final EventIdRegistry ids;

    /** A reader with a fresh in-memory duplicate registry. */
    public EventLogReader() {
        this(EventIdRegistry.inMemory());
    }

    public EventLogReader(EventIdRegistry ids) {
        this.ids = ids;
    }

    /**
     * Reads one file with the source its name tells ({@code .jsonl}, {@code .ndjson}, {@code .csv},
     * each optionally {@code .gz}). Rejections name the source as {@code file.toString()}.
     *
     * @throws InputFileException the file cannot be opened or read, its name has an unknown
     *         suffix, or its CSV header is unusable
     */
    public ReadStats read(Path file, EventSink sink) throws InputFileException {
        return read(EventInput.of(file), sink);
    }

    /** Reads one file with its source. */
    public ReadStats read(EventInput input, EventSink sink) throws InputFileException {
        InputStream in = InputFiles.open(input.file());
        try {
            return read(in, input.source(), input.file().toString(), sink);
        } finally {
            InputFiles.closeQuietly(in);
        }
    }

    /**
     * Reads records from a stream of UTF-8 bytes (e.g. an {@code application/x-ndjson} request
     * body), naming them {@code source} in rejections. The stream is not closed.
     */
    public ReadStats read(InputStream in, EventSource format, String source, EventSink sink)
            throws InputFileException {
        EventRecords records = new EventRecords(source, ids, sink);
        try {
            format.read(in, source, records);
        } catch (InputFileException e) {
            throw e.countedAlso(records.stats());
        }
        return records.stats();
    }

    /**
     * Reads a part of an input that starts at a line boundary after {@code linesBefore} lines of it (a split
     * of a large file read on another machine), so that line numbers, rejections and each event's sequence
     * are those a read of the whole input gives. The stream is not closed.
     */
    public ReadStats read(InputStream in, EventSource format, String source, long linesBefore, EventSink sink)
            throws InputFileException {
        if (linesBefore == 0) {
            return read(in, format, source, sink);
        }
        EventRecords records = new EventRecords(source, ids, sink);
        SourceRecords shifted = new SourceRecords() {
            @Override
            public void event(RawEvent event, long line) {
                records.event(event, linesBefore + line);
            }

            @Override
            public void unusable(long line, String reason) {
                records.unusable(linesBefore + line, reason);
            }
        };
        try {
            format.read(in, source, shifted);
        } catch (InputFileException e) {
            throw e.countedAlso(records.stats());
        }
        return records.stats();
    }

    /** Hands a caller's records to the reader: see {@link #read(String, RecordFeed, EventSink)}. */
    @FunctionalInterface
    public interface RecordFeed {
        void feed(SourceRecords records) throws InputFileException;
    }

    /**
     * Reads records that a caller's own reader has already split into fields, where this package cannot read
     * the format itself (the rows of a Parquet file on a Spark executor): {@code feed} reports each row's
     * candidate event or why it is unusable, with its 1-based row number; validation, duplicates and counting
     * are those of every source.
     *
     * @throws InputFileException the feed could not go on; the records it reported before are counted
     */
    public ReadStats read(String source, RecordFeed feed, EventSink sink) throws InputFileException {
        EventRecords records = new EventRecords(source, ids, sink);
        try {
            feed.feed(records);
        } catch (InputFileException e) {
            throw e.countedAlso(records.stats());
        }
        return records.stats();
    }

    /**
     * Reads the elements of a JSON array already parsed (a request's {@code events}), each a record
     * whose "line" is its 0-based index.
     */
    public ReadStats read(JsonNode array, String source, EventSink sink) {
        EventRecords records = new EventRecords(source, ids, sink);
        for (int i = 0; i < array.size(); i++) {
            records.event(JsonEventFields.fromNode(array.get(i)), i);
        }
        return records.stats();
    }
}
