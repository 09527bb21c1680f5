package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.ingest.EventSources;
import com.servicepolicy.evaluator.ingest.InputFileException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.SerializableConfiguration;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The driver's plan of the read: each event input (as on the command line: a path whose suffix tells its
 * format, or {@code SOURCE:PATH}) becomes one split, or, for plain JSON Lines larger than a split, several
 * split at byte offsets, whose line numbers a first, cheap job counts (newlines per split). An input that
 * cannot be planned (missing, a directory, unknown format) is a file error, reported and not fatal.
 */
final class InputPlan {
    record Planned(List<FileSplit> splits, List<FileError> errors) implements Serializable {
    }

    record FileError(int file, String source, String reason) implements Serializable {
    }

    static final String PARQUET = "parquet";

    private InputPlan() {
    }

    static Planned plan(JavaSparkContext sc, List<String> specs, long splitBytes) {
        Configuration conf = sc.hadoopConfiguration();
        List<FileSplit> splits = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        int file = 0; // the inputs' order, a Parquet dataset's files one after the other
        for (String spec : specs) {
            String path = spec;
            String format = null;
            int colon = spec.indexOf(':');
            String prefix = colon > 0 ? spec.substring(0, colon) : "";
            if (prefix.equalsIgnoreCase(PARQUET) || EventSources.isName(prefix)) {
                format = prefix.equalsIgnoreCase(PARQUET) ? PARQUET : prefix.toLowerCase(Locale.ROOT);
                path = spec.substring(colon + 1);
            }
            try {
                Path given = new Path(path);
                FileSystem fs = given.getFileSystem(conf);
                Path p = fs.makeQualified(given);
                FileStatus status = fs.getFileStatus(p);
                List<FileStatus> parquetFiles = status.isDirectory() ? parquetFiles(fs, p) : List.of(status);
                if (format == null && status.isDirectory()) {
                    format = parquetFiles.isEmpty() ? "" : PARQUET; // a directory is a Parquet dataset or nothing
                } else if (format == null) {
                    format = isParquet(given.getName()) ? PARQUET : EventSources.forFileName(given.getName()).name();
                }
                if (format.equals(PARQUET)) {
                    for (FileStatus f : parquetFiles) {
                        String shown = status.isDirectory() ? path.replaceAll("/+$", "") + "/"
                                + p.toUri().relativize(f.getPath().toUri()).getPath() : path;
                        splits.add(FileSplit.wholeFile(file++, status.isDirectory() ? f.getPath().toString() : path, shown,
                                PARQUET, f.getLen()));
                    }
                    if (parquetFiles.isEmpty()) {
                        errors.add(new FileError(file++, path, "cannot read " + path + ": a directory with no Parquet file"));
                    }
                } else if (status.isDirectory()) {
                    errors.add(new FileError(file++, path, "cannot read " + path + ": it is a directory"));
                } else {
                    EventSources.named(format); // an unknown source is the input's error, before any task
                    splits.addAll(split(file++, path, format, status.getLen(), splitBytes));
                }
            } catch (InputFileException e) {
                errors.add(new FileError(file++, spec, e.getMessage()));
            } catch (FileNotFoundException e) {
                errors.add(new FileError(file++, path, "cannot read " + path + ": no such file"));
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new FileError(file++, path, "cannot read " + path + ": " + e.getMessage()));
            }
        }
        return new Planned(countLines(sc, splits), errors);
    }

    static boolean isParquet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".parquet") || lower.endsWith(".parq");
    }

    /**
     * The files of a Parquet dataset (a directory as Spark and other tools write it), in path order, its
     * partition directories included: every file but the hidden ones ({@code _SUCCESS}, {@code .crc}, a
     * {@code _temporary} directory), as Spark reads a dataset; none when no file of it is named as Parquet.
     */
    private static List<FileStatus> parquetFiles(FileSystem fs, Path dir) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        var it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            FileStatus f = it.next();
            if (!hidden(dir, f.getPath())) {
                files.add(f);
            }
        }
        if (files.stream().noneMatch(f -> isParquet(f.getPath().getName()))) {
            return List.of();
        }
        files.sort(java.util.Comparator.comparing(f -> f.getPath().toString()));
        return files;
    }

    private static boolean hidden(Path dir, Path file) {
        for (Path p = file; p != null && !p.equals(dir) && p.depth() > dir.depth(); p = p.getParent()) {
            if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Plain JSON Lines is split at byte offsets; CSV (a header, quoted line breaks) and gzip are read whole. */
    private static List<FileSplit> split(int file, String path, String format, long size, long splitBytes) {
        boolean splittable = format.equals("jsonl") && !path.toLowerCase(Locale.ROOT).endsWith(".gz");
        if (!splittable || size <= splitBytes) {
            return List.of(FileSplit.wholeFile(file, path, path, format, size));
        }
        List<FileSplit> parts = new ArrayList<>();
        for (long start = 0; start < size; start += splitBytes) {
            parts.add(new FileSplit(file, path, path, format, size, start, Math.min(size, start + splitBytes), 0, false));
        }
        return parts;
    }

    /** Newlines before each split of a split file, counted in parallel (a byte scan, far cheaper than the read). */
    private static List<FileSplit> countLines(JavaSparkContext sc, List<FileSplit> splits) {
        List<FileSplit> toCount = splits.stream().filter(s -> !s.whole()).toList();
        if (toCount.isEmpty()) {
            return splits;
        }
        var conf = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        List<Long> newlines = sc.parallelize(toCount, toCount.size())
                .map(s -> countNewlines(s, conf.value().value())).collect();
        List<FileSplit> counted = new ArrayList<>(splits.size());
        long before = 0;
        int next = 0;
        for (FileSplit s : splits) {
            if (s.whole()) {
                counted.add(s);
                continue;
            }
            if (s.start() == 0) {
                before = 0;
            }
            counted.add(s.withLinesBefore(before));
            before += newlines.get(next++);
        }
        return counted;
    }

    private static long countNewlines(FileSplit split, Configuration conf) throws IOException {
        Path p = new Path(split.path());
        byte[] buf = new byte[1 << 16];
        long count = 0;
        try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
            in.seek(split.start());
            long left = split.end() - split.start();
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        count++;
                    }
                }
                left -= n;
            }
        }
        return count;
    }
}
