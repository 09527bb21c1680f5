package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads event logs (JSON Lines or CSV, optionally gzip) record by record into an
 * {@link EventSink}, never holding the log in memory. Every non-blank line / CSV row is counted
 * once as accepted, duplicate or rejected; a bad record never stops the read.
 *
 * <p>One reader per run: its {@link EventIdRegistry} spans every file it reads, so an event
 * repeated in a later file is a duplicate too. Not thread-safe (the registry is shared state).
 * {@link com.servicepolicy.evaluator.event.Event#getSequence()} is the record's line number in
 * its source.
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
     * Reads one file; the format comes from its name ({@code .jsonl}, {@code .ndjson},
     * {@code .csv}, each optionally {@code .gz}). Rejections name the source as {@code file.toString()}.
     *
     * @throws InputFileException the file cannot be opened or read, its name has an unknown
     *         suffix, or its CSV header is unusable
     */
    public ReadStats read(Path file, EventSink sink) throws InputFileException {
        InputFormat format = InputFormat.ofFileName(file.getFileName().toString());
        InputStream in = InputFiles.open(file);
        try {
            return read(in, format, file.toString(), sink);
        } finally {
            InputFiles.closeQuietly(in);
        }
    }

    /**
     * Reads records from a stream of UTF-8 bytes (e.g. an {@code application/x-ndjson} request
     * body), naming them {@code source} in rejections. The stream is not closed.
     */
    public ReadStats read(InputStream in, InputFormat format, String source, EventSink sink)
            throws InputFileException {
        EventRecords records = new EventRecords(source, ids, sink);
        switch (format) {
            case JSON_LINES -> JsonLinesScanner.scan(in, source, records);
            case CSV -> CsvScanner.scan(in, source, records);
        }
        return records.stats();
    }
}
