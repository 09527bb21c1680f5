package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.EventSources;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads one split on an executor with the core's one reader (its validation and accounting), so that every
 * line gets the verdict and the line number the command line gives it. Duplicates are not told here: the
 * reader's registry accepts every id, and the job finds repeated eventIds across the whole input afterwards.
 * A file that fails part-way keeps the lines read before the failure (counted, as the command line counts
 * them) and adds a file-error report; the other files are not affected.
 */
final class SplitReader implements FlatMapFunction<FileSplit, Row> {
    private final Broadcast<SerializableConfiguration> hadoop;
    private final int parseThreads;

    /**
     * {@code parseThreads}: how many threads parse a JSON Lines split; 1 (the job's default) parses on the task's
     * own thread, as Spark already runs a task per core (the core's default, a pool of every processor shared
     * by all readers of the JVM, makes two tasks contend for it).
     */
    SplitReader(Broadcast<SerializableConfiguration> hadoop, int parseThreads) {
        this.hadoop = hadoop;
        this.parseThreads = parseThreads;
    }

    @Override
    public Iterator<Row> call(FileSplit split) throws IOException {
        List<Row> rows = new ArrayList<>();
        EventLogReader reader = new EventLogReader((eventId, source, line) -> true);
        EventSink sink = EventSink.of(
                (Event e) -> rows.add(ReadRows.event(split.file(), split.shown(), e)),
                (Rejection r) -> rows.add(ReadRows.report(split.file(), r.line(), Reports.rejected(r))),
                d -> {
                    throw new IllegalStateException("the registry accepts every id: " + d);
                });
        ReadStats stats;
        try {
            stats = split.format().equals(InputPlan.PARQUET)
                    ? reader.read(split.shown(), records -> ParquetEvents.read(new Path(split.path()), hadoop.value().value(),
                            split.shown(), records), sink)
                    : read(split, source(split.format()), reader, sink, hadoop.value().value());
        } catch (InputFileException e) {
            stats = e.readBefore();
            rows.add(ReadRows.report(split.file(), Long.MAX_VALUE, Reports.fileError(split.shown(), e.getMessage())));
        }
        rows.add(ReadRows.counts(split.file(), split.start(), stats));
        return rows.iterator();
    }

    private EventSource source(String format) throws InputFileException {
        EventSource source = EventSources.named(format);
        return format.equals("jsonl")
                ? source.configured(new SourceOptions(Map.of("parse-threads", String.valueOf(parseThreads))), null)
                : source;
    }

    private static ReadStats read(FileSplit split, EventSource source, EventLogReader reader, EventSink sink, Configuration conf)
            throws InputFileException {
        Path path = new Path(split.path());
        FSDataInputStream raw;
        try {
            raw = path.getFileSystem(conf).open(path);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + split.path() + ": " + e.getMessage(), e);
        }
        try (raw) {
            if (split.whole()) {
                InputStream in = EventInput.decompressed(raw, path.getName(), split.path(), split.size());
                return reader.read(in, source, split.path(), sink);
            }
            long skipped = seekToLineStart(raw, split.start());
            long first = split.start() + skipped;
            if (first >= split.end()) {
                return ReadStats.EMPTY; // the line crossing into this split is read by the one where it starts
            }
            InputStream lines = new LineBoundedInputStream(new BufferedInputStream(raw, 1 << 16), split.end() - first);
            long linesBefore = split.linesBefore() + (skipped > 0 ? 1 : 0);
            return reader.read(lines, source, split.path(), linesBefore, sink);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + split.path() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Positions {@code in} at the first line starting at or after {@code start}; returns how many bytes from
     * {@code start} that skipped (0 when a line starts exactly there).
     */
    private static long seekToLineStart(FSDataInputStream in, long start) throws IOException {
        if (start == 0) {
            return 0;
        }
        in.seek(start - 1);
        if (in.read() == '\n') {
            return 0;
        }
        long skipped = 0;
        int b;
        do {
            b = in.read();
            skipped++;
        } while (b >= 0 && b != '\n');
        return skipped;
    }
}
