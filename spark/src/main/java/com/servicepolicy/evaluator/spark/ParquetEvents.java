package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.RawEvent;
import com.servicepolicy.evaluator.ingest.SourceRecords;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of one Parquet file as candidate events (docs/scale-out.md, "Parquet input"): a column named
 * as a contract field gives that field, any other column is ignored, a null or empty value is an absent field.
 * Values become the text the contract's other formats carry, and the core's reader validates them: strings as
 * they are; whole numbers and booleans as their literal; a timestamp adjusted to UTC (or Spark's INT96) as the
 * instant it is; a timestamp without time zone as a local time, which the contract rejects ("time without
 * offset"). A column the contract cannot use at all (a list, a struct, a map) makes the file unreadable, named.
 * Rows are numbered from 1 in file order: a rejection's "line" is its row.
 */
final class ParquetEvents {
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private ParquetEvents() {
    }

    static void read(Path path, Configuration conf, String shown, SourceRecords records) throws InputFileException {
        long row = 0;
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
            List<Column> columns = null;
            for (Group g = reader.read(); g != null; g = reader.read()) {
                if (columns == null) {
                    columns = columns(g.getType(), shown);
                }
                row++;
                RawEvent event = new RawEvent();
                for (Column c : columns) {
                    if (g.getFieldRepetitionCount(c.index) > 0) {
                        c.set(event, g);
                    }
                }
                records.event(event, row);
            }
        } catch (IOException | RuntimeException e) {
            throw new InputFileException("cannot read " + shown + (row > 0 ? " after row " + row : "") + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
        }
    }

    /** The file's columns that are contract fields, each checked to hold values the contract can take. */
    private static List<Column> columns(GroupType schema, String shown) throws InputFileException {
        List<Column> columns = new ArrayList<>();
        for (EventField field : EventField.values()) {
            if (!schema.containsField(field.fieldName())) {
                continue;
            }
            int index = schema.getFieldIndex(field.fieldName());
            Type type = schema.getType(index);
            if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
                throw new InputFileException("cannot read " + shown + ": column '" + field.fieldName() + "' is "
                        + (type.isPrimitive() ? "repeated" : "a group (list, map or struct)") + ": expected a single value");
            }
            columns.add(new Column(field, index, type.asPrimitiveType()));
        }
        return columns;
    }

    private record Column(EventField field, int index, PrimitiveType type) {
        void set(RawEvent event, Group g) {
            LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
            switch (type.getPrimitiveTypeName()) {
                case BINARY, FIXED_LEN_BYTE_ARRAY -> {
                    try {
                        event.set(field, StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(g.getBinary(index, 0).getBytes())).toString());
                    } catch (CharacterCodingException e) {
                        event.error(field, "not valid UTF-8");
                    }
                }
                case BOOLEAN -> event.set(field, String.valueOf(g.getBoolean(index, 0)));
                case INT32 -> event.set(field, logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                        ? LocalDate.ofEpochDay(g.getInteger(index, 0)).toString() : String.valueOf(g.getInteger(index, 0)));
                case INT64 -> event.set(field, logical instanceof TimestampLogicalTypeAnnotation ts
                        ? timestamp(g.getLong(index, 0), ts) : String.valueOf(g.getLong(index, 0)));
                case INT96 -> event.set(field, int96(NanoTime.fromBinary(g.getInt96(index, 0))).toString());
                case FLOAT -> event.set(field, String.valueOf(g.getFloat(index, 0)));
                case DOUBLE -> event.set(field, String.valueOf(g.getDouble(index, 0)));
            }
        }
    }

    /** An instant for a timestamp adjusted to UTC; a local date-time (no offset, so rejected) for one that is not. */
    private static String timestamp(long value, TimestampLogicalTypeAnnotation ts) {
        Instant instant = switch (ts.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
        };
        return ts.isAdjustedToUTC() ? instant.toString() : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** The legacy INT96 timestamp (Spark's and Impala's): a Julian day and the nanoseconds into it, in UTC. */
    private static Instant int96(NanoTime t) {
        long days = t.getJulianDay() - JULIAN_DAY_OF_EPOCH;
        return Instant.ofEpochSecond(days * 86_400L).plusNanos(t.getTimeOfDayNanos());
    }
}
