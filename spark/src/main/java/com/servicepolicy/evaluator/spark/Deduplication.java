package com.servicepolicy.evaluator.spark;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

/**
 * Duplicates by eventId across the whole input, as the command line's one registry tells them: of the valid
 * records with the same eventId, the first in input order (input's position on the command line, then line)
 * is evaluated and every later one is a duplicate of it. Only the ids that occur more than once are ranked,
 * so the whole log is shuffled by id once, as ids alone.
 */
final class Deduplication {
    static final StructType REPORT = new StructType()
            .add("file", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType, false)
            .add("report", DataTypes.StringType, false);

    private Deduplication() {
    }

    /** The later occurrences of repeated ids: eventId, file, line, source, firstSource, firstLine. */
    static Dataset<Row> duplicates(Dataset<Row> events) {
        Dataset<Row> repeated = events.groupBy("eventId").count().filter(col("count").gt(1)).select("eventId");
        WindowSpec inInputOrder = Window.partitionBy("eventId").orderBy("file", "line");
        return events.select("eventId", "file", "line", "source")
                .join(repeated, "eventId")
                .withColumn("rank", row_number().over(inInputOrder))
                .withColumn("firstSource", first("source").over(inInputOrder))
                .withColumn("firstLine", first("line").over(inInputOrder))
                .filter(col("rank").gt(1))
                .drop("rank");
    }

    /** The events that are not duplicates. */
    static Dataset<Row> accepted(Dataset<Row> events, Dataset<Row> duplicates) {
        return events.join(duplicates.select("file", "line"),
                scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of("file", "line")).toSeq(), "left_anti");
    }

    /** Each duplicate's report line, as the command line's {@code --rejects} gives it. */
    static Dataset<Row> reports(Dataset<Row> duplicates) {
        return duplicates.map((MapFunction<Row, Row>) d -> RowFactory.create(d.getInt(1), d.getLong(2),
                Reports.duplicate(d.getString(3), d.getLong(2), d.getString(0), d.getString(4), d.getLong(5))),
                Encoders.row(REPORT));
    }
}
