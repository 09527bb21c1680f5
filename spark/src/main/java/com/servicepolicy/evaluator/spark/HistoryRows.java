package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.spill.EventBytes;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;

/**
 * The night's accepted events as the history stores them: the documented Parquet event schema
 * (docs/scale-out.md), the contract's fields as columns, times as timestamps adjusted to UTC, so that the
 * history is itself an input of {@code evaluate --events} and of any tool that reads Parquet.
 */
final class HistoryRows {
    static final StructType SCHEMA = new StructType()
            .add("eventId", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("at", DataTypes.TimestampType, false)
            .add("customerId", DataTypes.StringType, false)
            .add("interactionId", DataTypes.StringType, true)
            .add("channel", DataTypes.StringType, true)
            .add("priority", DataTypes.StringType, true)
            .add("category", DataTypes.StringType, true)
            .add("topic", DataTypes.StringType, true)
            .add("queue", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, true)
            .add("agentId", DataTypes.StringType, true)
            .add("internal", DataTypes.BooleanType, true)
            .add("reasonCode", DataTypes.StringType, true)
            .add("reasonText", DataTypes.StringType, true)
            .add("dueAt", DataTypes.TimestampType, true)
            .add("rating", DataTypes.IntegerType, true)
            .add("file", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType, false);

    private HistoryRows() {
    }

    /** Read rows (ReadRows' events) as history rows, with their place in the night's input to sort them by. */
    static Dataset<Row> of(Dataset<Row> events) {
        return events.select("payload", "file", "line").map((MapFunction<Row, Row>) r -> row(
                EventBytes.decode((byte[]) r.get(0)), r.getInt(1), r.getLong(2)), Encoders.row(SCHEMA));
    }

    private static Row row(Event e, int file, long line) {
        return RowFactory.create(e.getEventId(), e.getType().name(), new Timestamp(e.getAt()), e.getCustomerId(),
                e.getInteractionId(), name(e.getChannel()), name(e.getPriority()), name(e.getCategory()), e.getTopic(),
                e.getQueue(), name(e.getStatus()), e.getAgentId(), e.isInternal() ? Boolean.TRUE : null, e.getReasonCode(),
                e.getReasonText(), e.getDueAt() == null ? null : new Timestamp(e.getDueAt()), e.getRating(), file, line);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
