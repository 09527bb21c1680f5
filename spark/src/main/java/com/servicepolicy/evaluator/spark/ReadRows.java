package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.spill.EventBytes;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the read stage gives, one schema for every kind: an accepted event (its fields for the shuffle,
 * the whole event as bytes), a report line (rejected record or file error, as JSON), and each split's counts.
 */
final class ReadRows {
    static final String EVENT = "event";
    static final String REPORT = "report";
    static final String COUNTS = "counts";

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("file", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType, false)
            .add("source", DataTypes.StringType, true)
            .add("eventId", DataTypes.StringType, true)
            .add("customerId", DataTypes.StringType, true)
            .add("at", DataTypes.LongType, true)
            .add("payload", DataTypes.BinaryType, true)
            .add("report", DataTypes.StringType, true)
            .add("read", DataTypes.LongType, true)
            .add("accepted", DataTypes.LongType, true)
            .add("rejected", DataTypes.LongType, true);

    private ReadRows() {
    }

    static Row event(int file, String source, Event e) {
        return RowFactory.create(EVENT, file, e.getSequence(), source, e.getEventId(), e.getCustomerId(), e.getAt(),
                EventBytes.encode(e), null, null, null, null);
    }

    static Row report(int file, long line, String json) {
        return RowFactory.create(REPORT, file, line, null, null, null, null, null, json, null, null, null);
    }

    static Row counts(int file, long start, ReadStats stats) {
        return RowFactory.create(COUNTS, file, start, null, null, null, null, null, null,
                stats.read(), stats.accepted(), stats.rejected());
    }
}
