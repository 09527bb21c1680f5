package com.servicepolicy.evaluator.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The event history: one Parquet directory per night, {@code HISTORY/date=YYYY-MM-DD}, holding the events first
 * accepted that night in the night's input order. A night's directory is replaced whole: written beside it under
 * {@code HISTORY/_staging} (which readers of the dataset skip) and then renamed into place, so a reader sees the
 * old night or the new one, never a mix, and a rerun leaves no duplicate.
 */
final class History {
    private static final String PREFIX = "date=";

    private final SparkSession spark;
    private final Path root;
    private final FileSystem fs;

    History(SparkSession spark, String root) {
        this.spark = spark;
        this.root = new Path(root);
        try {
            this.fs = this.root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nights stored, in date order, with their directories. */
    TreeMap<LocalDate, Path> nights() {
        TreeMap<LocalDate, Path> nights = new TreeMap<>();
        try {
            if (!fs.exists(root)) {
                return nights;
            }
            for (FileStatus s : fs.listStatus(root)) {
                String name = s.getPath().getName();
                if (s.isDirectory() && name.startsWith(PREFIX)) {
                    try {
                        nights.put(LocalDate.parse(name.substring(PREFIX.length())), s.getPath());
                    } catch (DateTimeParseException e) {
                        // not a night of ours: left alone
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nights;
    }

    /** The nights of the window that ends with {@code date}: the {@code days} nights up to it, in date order. */
    List<Path> window(LocalDate date, int days) {
        return new ArrayList<>(nights().subMap(date.minusDays(days - 1L), true, date, true).values());
    }

    /** The ids stored by the nights before {@code date} (eventId, night), which tonight's lines repeat as duplicates. */
    Dataset<Row> idsBefore(LocalDate date) {
        List<Dataset<Row>> parts = new ArrayList<>();
        for (Map.Entry<LocalDate, Path> night : nights().headMap(date, false).entrySet()) {
            parts.add(spark.read().parquet(night.getValue().toString()).select(col("eventId"), lit(night.getKey().toString()).as("night")));
        }
        return parts.stream().reduce(Dataset::union).orElseGet(() -> spark.createDataFrame(List.of(),
                new StructType().add("eventId", DataTypes.StringType).add("night", DataTypes.StringType)));
    }

    /**
     * Deletes the nights before {@code firstKept} (their directories, whole), oldest first, and returns them. Their
     * events are no longer read by any window, nor known as duplicates by later nights.
     */
    List<LocalDate> pruneBefore(LocalDate firstKept) {
        List<LocalDate> pruned = new ArrayList<>();
        try {
            for (Map.Entry<LocalDate, Path> night : nights().headMap(firstKept, false).entrySet()) {
                if (!fs.delete(night.getValue(), true)) {
                    throw new IOException("cannot delete " + night.getValue());
                }
                pruned.add(night.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pruned;
    }

    /** Replaces night {@code date} with {@code rows} (HistoryRows), sorted by their place in the night's input. */
    void replace(LocalDate date, Dataset<Row> rows) {
        Path staging = new Path(new Path(root, "_staging"), PREFIX + date + "-" + java.util.UUID.randomUUID());
        rows.orderBy("file", "line").drop("file", "line").write().mode(SaveMode.ErrorIfExists).parquet(staging.toString());
        Directories.replace(fs, staging, new Path(root, PREFIX + date));
    }
}
